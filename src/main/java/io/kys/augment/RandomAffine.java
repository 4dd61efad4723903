package io.kys.augment;

import io.kys.KysException;
import io.kys.data.UInt8Image;
import java.util.Random;

/**
 * The training augmentation of real inputs, after torchvision's
 * {@code RandomAffine(degrees=(-15, 15), translate=(0.05, 0.05))}: a rotation drawn uniformly
 * from {@code [-maxDegrees, maxDegrees]} about the image centre, then a shift drawn uniformly
 * from {@code [-maxTranslate * size, maxTranslate * size]} on each axis and rounded to whole
 * pixels (half to even, as torchvision rounds). Black fill; bilinear interpolation unless
 * {@code nearest}, torchvision's default, which the reference code uses (see
 * {@link PixelRecipe#nearest()}).
 *
 * @param maxDegrees largest rotation either way, in degrees, at least 0
 * @param maxTranslate largest shift as a fraction of the width (x) and height (y), 0 to 1
 * @param nearest nearest-neighbour sampling instead of bilinear
 */
public record RandomAffine(double maxDegrees, double maxTranslate, boolean nearest) implements ImageTransform {

    /** Validates the ranges. */
    public RandomAffine {
        if (!(maxDegrees >= 0) || maxDegrees > 180) {
            throw new KysException("affine rotation range must be within 0..180 degrees, got " + maxDegrees);
        }
        if (!(maxTranslate >= 0) || maxTranslate > 1) {
            throw new KysException("affine translation must be a fraction within 0..1, got " + maxTranslate);
        }
    }

    /** A bilinear affine with these ranges. */
    public RandomAffine(double maxDegrees, double maxTranslate) {
        this(maxDegrees, maxTranslate, false);
    }

    /** The paper's setting: up to 15 degrees and 5% of each side, bilinear. */
    public static RandomAffine paper() {
        return paper(false);
    }

    /** The paper's ranges, sampled nearest-neighbour when {@code nearest}. */
    public static RandomAffine paper(boolean nearest) {
        return new RandomAffine(AugmentDefaults.AFFINE_MAX_DEGREES, AugmentDefaults.AFFINE_MAX_TRANSLATE, nearest);
    }

    /** Draws the angle, then the x and the y shift, and warps. */
    @Override
    public UInt8Image apply(UInt8Image img, Random rnd) {
        double degrees = uniform(maxDegrees, rnd);
        double dx = Math.rint(uniform(maxTranslate * img.width(), rnd));
        double dy = Math.rint(uniform(maxTranslate * img.height(), rnd));
        return Warp.rotateTranslate(img, degrees, dx, dy, nearest);
    }

    private static double uniform(double bound, Random rnd) {
        return bound == 0 ? 0 : (2 * rnd.nextDouble() - 1) * bound;
    }
}
