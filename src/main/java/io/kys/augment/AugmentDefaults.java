package io.kys.augment;

import io.kys.data.Preprocessor;
import java.util.List;

/**
 * The paper's augmentation settings (docs/method.md, "Pixel-space outliers" and "Training
 * augmentation"), kept in one place so factories such as {@link AugMix#outliers()} and the
 * training configuration read the same numbers.
 */
public final class AugmentDefaults {
    private AugmentDefaults() { }

    /** AugMix severity of pixel-space outliers; above AugMix's usual maximum of 10 on purpose. */
    public static final int OUTLIER_SEVERITY = 11;
    /**
     * AugMix severity of pixel-space inliers: 3 is the value AugMix itself trains with as a
     * label-preserving augmentation, so these images stay recognisably in-distribution.
     */
    public static final int INLIER_SEVERITY = 3;
    /** Number of AugMix chains mixed together. */
    public static final int AUGMIX_WIDTH = 3;
    /** Each chain's depth is drawn uniformly from 1 to this value. */
    public static final int AUGMIX_MAX_DEPTH = 3;
    /** Concentration of the Dirichlet chain weights and of the Beta skip weight. */
    public static final double AUGMIX_ALPHA = 1.0;

    /** Patches per side of the jigsaw shuffle. */
    public static final int JIGSAW_GRID = 4;

    /** Training affine: rotation drawn uniformly from plus/minus this many degrees. */
    public static final double AFFINE_MAX_DEGREES = 15.0;
    /** Training affine: translation up to this fraction of the width (x) and height (y). */
    public static final double AFFINE_MAX_TRANSLATE = 0.05;

    /** RandConv kernel sizes, one drawn uniformly per application. */
    public static final List<Integer> RANDCONV_KERNEL_SIZES = List.of(9, 11, 13, 15, 17, 19);
    /** RandConv images appended to the outlier batch, drawn with replacement. */
    public static final int RANDCONV_COUNT = 32;
    /** Probability that a training step adds RandConv outliers at all. */
    public static final double RANDCONV_PROBABILITY = 0.5;

    /** ImageNet per-channel mean of the input normalisation (R, G, B), as the preprocessing defines it. */
    public static final List<Double> IMAGENET_MEAN = widen(Preprocessor.MEAN);
    /** ImageNet per-channel standard deviation of the input normalisation (R, G, B). */
    public static final List<Double> IMAGENET_STD = widen(Preprocessor.STD);

    private static List<Double> widen(List<Float> values) {
        return values.stream().map(v -> Double.valueOf(Float.toString(v))).toList();
    }
}
