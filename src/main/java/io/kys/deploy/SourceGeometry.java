package io.kys.deploy;

import io.kys.data.Preprocessor;
import io.kys.data.UInt8Image;
import org.opencv.imgproc.Imgproc;

/**
 * Brings an image of any size and channel count to the geometry the training images had: the
 * model's channel count first (RGB to gray as PIL's {@code convert("L")}, gray to RGB by
 * repetition), then a square of {@code size} px with area interpolation (OpenCV INTER_AREA), the
 * way MedMNIST's 28 px images were made. Non-square images are scaled to the square, not
 * cropped, as MedMNIST's were. An image already in that geometry is returned as is, so MedMNIST
 * images go to the network byte for byte as in training and {@code kys detect}.
 */
public final class SourceGeometry {
    private final int size;
    private final int channels;

    /** Conversion to {@code size} x {@code size} px with {@code channels} (1 or 3) channels. */
    public SourceGeometry(int size, int channels) {
        if (size <= 0 || (channels != 1 && channels != 3)) {
            throw new IllegalArgumentException("a source geometry needs a positive size and 1 or 3 channels, got "
                    + size + " px and " + channels);
        }
        this.size = size;
        this.channels = channels;
    }

    /** The geometry a bundle's preprocessing records. */
    public static SourceGeometry of(Preprocessing p) {
        return new SourceGeometry(p.sourceSize(), p.sourceChannels());
    }

    /** Side of the output. */
    public int size() {
        return size;
    }

    /** Channels of the output. */
    public int channels() {
        return channels;
    }

    /** The image in this geometry. */
    public UInt8Image apply(UInt8Image image) {
        UInt8Image matched = matchChannels(image);
        if (matched.height() == size && matched.width() == size) {
            return matched;
        }
        return resizeArea(matched, size);
    }

    private UInt8Image matchChannels(UInt8Image image) {
        if (image.channels() == channels) {
            return image;
        }
        return channels == 3 ? image.toRgb() : luma(image);
    }

    /** PIL's {@code convert("L")} in its own fixed-point form, so gray MedMNIST conversions are reproduced exactly. */
    static UInt8Image luma(UInt8Image rgb) {
        byte[] in = rgb.data();
        byte[] out = new byte[rgb.height() * rgb.width()];
        for (int i = 0; i < out.length; i++) {
            int r = in[3 * i] & 0xFF;
            int g = in[3 * i + 1] & 0xFF;
            int b = in[3 * i + 2] & 0xFF;
            out[i] = (byte) ((r * 19595 + g * 38470 + b * 7471 + 0x8000) >> 16);
        }
        return new UInt8Image(rgb.height(), rgb.width(), 1, out);
    }

    private static UInt8Image resizeArea(UInt8Image image, int size) {
        return Preprocessor.resize(image, size, Imgproc.INTER_AREA);
    }
}
