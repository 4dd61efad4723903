package io.kys.deploy;

import io.kys.KysException;
import io.kys.data.Preprocessor;
import io.kys.data.Rgb32;
import java.util.Arrays;

/**
 * How an image of any size and channel count becomes network input, as recorded in a bundle. Two
 * stages: first to the geometry the training images had ({@code sourceSize} px square, {@code
 * sourceChannels} channels; MedMNIST's 28 px made with area interpolation), then kys's usual
 * input preprocessing ({@link Preprocessor}: gray repeated to RGB, bilinear to {@code inputSize},
 * ImageNet normalization). A bundle records these values so that a kys whose preprocessing
 * differs refuses it instead of scoring with the wrong inputs.
 *
 * @param sourceSize side of the training images (28 for MedMNIST)
 * @param sourceChannels 1 (gray) or 3 (RGB), as the ID dataset
 * @param sourceResize interpolation to the training geometry ({@code area}, OpenCV INTER_AREA)
 * @param rgbToGray how RGB images become gray for a gray model
 * @param grayToRgb how gray images become RGB for an RGB model
 * @param inputSize network input side (32)
 * @param inputChannels network input channels (3)
 * @param inputResize interpolation to the input size ({@code bilinear})
 * @param mean per-channel normalization mean (R, G, B)
 * @param std per-channel normalization standard deviation (R, G, B)
 */
public record Preprocessing(int sourceSize, int sourceChannels, String sourceResize, String rgbToGray,
                            String grayToRgb, int inputSize, int inputChannels, String inputResize, float[] mean,
                            float[] std) {
    /** {@link #sourceResize} of this kys. */
    public static final String AREA = "area";
    /** {@link #rgbToGray} of this kys: PIL's {@code convert("L")}, which made MedMNIST's gray images. */
    public static final String LUMA_601 = "ITU-R 601-2 luma (PIL convert L): (19595 R + 38470 G + 7471 B + 32768) >> 16";
    /** {@link #grayToRgb} of this kys. */
    public static final String REPEAT = "repeat";
    /** {@link #inputResize} of this kys. */
    public static final String BILINEAR = "bilinear";

    /** What this kys does, for a model trained on {@code size} px square images of {@code channels} channels. */
    public static Preprocessing current(int channels, int size) {
        if (channels != 1 && channels != 3) {
            throw new KysException("training images have " + channels + " channels; kys models take 1 or 3");
        }
        if (size <= 0) {
            throw new KysException("training images must have a positive size, got " + size);
        }
        return new Preprocessing(size, channels, AREA, LUMA_601, REPEAT, Rgb32.SIZE, 3, BILINEAR,
                floats(Preprocessor.MEAN.toArray(Float[]::new)), floats(Preprocessor.STD.toArray(Float[]::new)));
    }

    /**
     * Checks that this kys prepares images exactly as recorded.
     *
     * @throws KysException naming the first difference
     */
    public void requireSupported(String source) {
        Preprocessing here = current(sourceChannels, sourceSize);
        if (!here.sourceResize.equals(sourceResize)
                || !here.rgbToGray.equals(rgbToGray) || !here.grayToRgb.equals(grayToRgb)
                || inputSize != here.inputSize || inputChannels != here.inputChannels
                || !here.inputResize.equals(inputResize) || !Arrays.equals(mean, here.mean)
                || !Arrays.equals(std, here.std)) {
            throw new KysException(source + " prepares images as " + describe() + " but this kys does "
                    + here.describe() + "; score it with the kys version that exported it");
        }
    }

    /** One line, e.g. {@code gray 28 px (area) -> RGB 32 px (bilinear), mean [..], std [..]}. */
    public String describe() {
        return (sourceChannels == 1 ? "gray " : "RGB ") + sourceSize + " px (" + sourceResize + ") -> "
                + (inputChannels == 3 ? "RGB " : inputChannels + " channels ") + inputSize + " px (" + inputResize
                + "), mean " + Arrays.toString(mean) + ", std " + Arrays.toString(std);
    }

    private static float[] floats(Float[] boxed) {
        float[] out = new float[boxed.length];
        for (int i = 0; i < out.length; i++) {
            out[i] = boxed[i];
        }
        return out;
    }
}
