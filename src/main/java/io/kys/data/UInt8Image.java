package io.kys.data;

import java.util.Objects;

/**
 * One image as unsigned bytes in height-width-channel order, the layout of MedMNIST arrays and
 * of OpenCV's {@code CV_8UC(n)} matrices, so images move between the two without reordering.
 *
 * @param height rows
 * @param width columns
 * @param channels 1 (gray) or 3 (RGB)
 * @param data {@code height * width * channels} bytes, read as unsigned
 */
public record UInt8Image(int height, int width, int channels, byte[] data) {
    /** Checks that the buffer holds exactly one image of the stated shape. */
    public UInt8Image {
        Objects.requireNonNull(data, "data");
        if (height <= 0 || width <= 0 || (channels != 1 && channels != 3)) {
            throw new IllegalArgumentException(
                    "image shape must be positive with 1 or 3 channels, got " + height + "x" + width + "x" + channels);
        }
        if (data.length != height * width * channels) {
            throw new IllegalArgumentException(
                    "image buffer holds " + data.length + " bytes, shape needs " + height * width * channels);
        }
    }

    /** Pixel value in 0..255 at row {@code y}, column {@code x}, channel {@code c}. */
    public int get(int y, int x, int c) {
        return data[(y * width + x) * channels + c] & 0xFF;
    }

    /** The same pixels repeated to three channels; a three-channel image is returned as is. */
    public UInt8Image toRgb() {
        if (channels == 3) {
            return this;
        }
        byte[] rgb = new byte[height * width * 3];
        for (int i = 0; i < height * width; i++) {
            rgb[3 * i] = data[i];
            rgb[3 * i + 1] = data[i];
            rgb[3 * i + 2] = data[i];
        }
        return new UInt8Image(height, width, 3, rgb);
    }

    /** A deep copy, so augmentations never alias the dataset's storage. */
    public UInt8Image copy() {
        return new UInt8Image(height, width, channels, data.clone());
    }
}
