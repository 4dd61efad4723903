package io.kys.train;

import io.kys.augment.AugmentDefaults;
import io.kys.augment.PixelRecipe;

/**
 * The pixel-space outliers of a step and how every training image is built.
 *
 * @param augmix pixel outliers use AugMix
 * @param jigsaw pixel outliers are jigsaw-shuffled
 * @param randConv with probability {@code randConvProbability} a step adds RandConv outliers
 * @param batch pixel-space outliers per step
 * @param augmixSeverity AugMix severity of pixel outliers
 * @param recipe how ID training images and pixel outliers are built ({@link PixelRecipe}: the
 *     reference code's construction by default)
 * @param randConvProbability chance per step of adding RandConv outliers
 * @param randConvCount RandConv images added when it fires
 */
public record OutlierSettings(boolean augmix, boolean jigsaw, boolean randConv, int batch, int augmixSeverity,
                              PixelRecipe recipe, double randConvProbability, int randConvCount) {
    /** The paper's outliers: 128 of AugMix (severity 11) then jigsaw, plus 32 RandConv half the time. */
    public static final OutlierSettings PAPER = new OutlierSettings(true, true, true, 128,
            AugmentDefaults.OUTLIER_SEVERITY, PixelRecipe.REFERENCE, AugmentDefaults.RANDCONV_PROBABILITY,
            AugmentDefaults.RANDCONV_COUNT);

    /** Rejects settings that cannot build outliers, naming the value at fault. */
    public OutlierSettings {
        TrainConfig.require(batch >= 1, "outlier batch must be at least 1, got " + batch);
        TrainConfig.require(recipe != null, "a pixel recipe is required");
        TrainConfig.require(randConvProbability >= 0 && randConvProbability <= 1,
                "RandConv probability must be in [0,1], got " + randConvProbability);
    }

    /** True when at least one outlier family is switched on. */
    public boolean any() {
        return augmix || jigsaw || randConv;
    }
}
