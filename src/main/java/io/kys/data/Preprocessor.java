package io.kys.data;

import java.util.List;
import java.util.Objects;
import org.opencv.core.CvType;
import org.opencv.core.Mat;
import org.opencv.core.Size;
import org.opencv.imgproc.Imgproc;

/**
 * Turns MedMNIST images into network input: gray repeated to three channels, bilinear resize to
 * 32 x 32 (OpenCV, pixel centres aligned as in PIL/torchvision), and ImageNet normalization into a
 * float channel-height-width buffer. The normalization is computed in float32 exactly as
 * torchvision's {@code ToTensor} + {@code Normalize} do: {@code (p / 255f - mean) / std}.
 */
public final class Preprocessor {
    /** The network's input side length. */
    public static final int INPUT_SIZE = 32;
    /** ImageNet channel means (R, G, B). */
    public static final List<Float> MEAN = List.of(0.485f, 0.456f, 0.406f);
    /** ImageNet channel standard deviations (R, G, B). */
    public static final List<Float> STD = List.of(0.229f, 0.224f, 0.225f);

    /** {@code LUT[c][p]}: the normalized value of pixel value {@code p} in channel {@code c}. */
    private static final float[][] LUT = new float[3][256];

    static {
        for (int c = 0; c < 3; c++) {
            for (int p = 0; p < 256; p++) {
                LUT[c][p] = normalize(p, c);
            }
        }
    }

    private final int size;

    /** A preprocessor to {@code size} x {@code size} inputs. */
    public Preprocessor(int size) {
        if (size <= 0) {
            throw new IllegalArgumentException("size must be positive, got " + size);
        }
        this.size = size;
    }

    /** The paper's preprocessing: 32 x 32 inputs. */
    public static Preprocessor standard() {
        return new Preprocessor(INPUT_SIZE);
    }

    /** The output side length. */
    public int size() {
        return size;
    }

    /** The normalized value of pixel value {@code p} (0..255) in channel {@code c}. */
    public static float normalize(int p, int c) {
        return ((float) p / 255f - MEAN.get(c)) / STD.get(c);
    }

    /** Floats per preprocessed image: 3 x size x size. */
    public int floatsPerImage() {
        return 3 * size * size;
    }

    /**
     * Bilinear resize to {@code size} x {@code size}, keeping the channel count; an image already
     * of that size is returned as is.
     */
    public static UInt8Image resize(UInt8Image image, int size) {
        if (image.height() == size && image.width() == size) {
            return image;
        }
        return resize(image, size, Imgproc.INTER_LINEAR);
    }

    /**
     * Resize to {@code size} x {@code size} with an OpenCV interpolation ({@code Imgproc.INTER_*}),
     * keeping the channel count; the image is resampled even when it already has that size.
     */
    public static UInt8Image resize(UInt8Image image, int size, int interpolation) {
        OpenCvNatives.ensureLoaded();
        Mat src = new Mat(image.height(), image.width(), CvType.CV_8UC(image.channels()));
        Mat dst = new Mat();
        try {
            src.put(0, 0, image.data());
            Imgproc.resize(src, dst, new Size(size, size), 0, 0, interpolation);
            byte[] out = new byte[size * size * image.channels()];
            dst.get(0, 0, out);
            return new UInt8Image(size, size, image.channels(), out);
        } finally {
            src.release();
            dst.release();
        }
    }

    /** Gray repeated to three channels and resized: the uint8 image augmentations work on. */
    public UInt8Image prepare(UInt8Image image) {
        return resize(image, size).toRgb();
    }

    /**
     * Writes the normalized channel-height-width floats of an RGB image into {@code dst} at
     * {@code offset} ({@code 3 * h * w} values).
     */
    public static void normalizeInto(UInt8Image rgb, float[] dst, int offset) {
        if (rgb.channels() != 3) {
            throw new IllegalArgumentException("normalizeInto needs an RGB image, got " + rgb.channels() + " channel(s)");
        }
        hwcToChw(rgb.data(), 3, rgb.height() * rgb.width(), dst, offset);
    }

    /** Normalizes HWC bytes with 1 (repeated) or 3 channels into CHW floats. */
    private static void hwcToChw(byte[] px, int channels, int plane, float[] dst, int offset) {
        for (int c = 0; c < 3; c++) {
            float[] lut = LUT[c];
            int base = offset + c * plane;
            int from = channels == 3 ? c : 0;
            for (int i = 0; i < plane; i++) {
                dst[base + i] = lut[px[i * channels + from] & 0xFF];
            }
        }
    }

    /** The images at {@code indices} as one N x 3 x size x size float batch. */
    public float[] toTensor(ImageSet set, int[] indices) {
        float[] out = new float[indices.length * floatsPerImage()];
        toTensorInto(set, indices, out, 0);
        return out;
    }

    /** Like {@link #toTensor} but into a caller's buffer at {@code offset}, so batch loops make no garbage. */
    public void toTensorInto(ImageSet set, int[] indices, float[] dst, int offset) {
        Objects.requireNonNull(set, "set");
        OpenCvNatives.ensureLoaded();
        int ch = set.channels();
        byte[] in = new byte[set.imageBytes()];
        byte[] resized = new byte[size * size * ch];
        boolean same = set.height() == size && set.width() == size;
        Mat src = new Mat(set.height(), set.width(), CvType.CV_8UC(ch));
        Mat dstMat = new Mat(size, size, CvType.CV_8UC(ch));
        Size target = new Size(size, size);
        try {
            for (int k = 0; k < indices.length; k++) {
                set.copyImage(indices[k], in, 0);
                if (same) {
                    System.arraycopy(in, 0, resized, 0, in.length);
                } else {
                    src.put(0, 0, in);
                    Imgproc.resize(src, dstMat, target, 0, 0, Imgproc.INTER_LINEAR);
                    dstMat.get(0, 0, resized);
                }
                hwcToChw(resized, ch, size * size, dst, offset + k * floatsPerImage());
            }
        } finally {
            src.release();
            dstMat.release();
        }
    }
}
