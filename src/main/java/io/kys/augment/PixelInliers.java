package io.kys.augment;

import io.kys.data.UInt8Image;
import java.util.Random;

/**
 * Pixel-space inliers of the NDA++ and VOS++ baselines: ID images changed mildly enough to keep
 * their class, so the detector learns to give them low energy. docs/method.md reads the paper's
 * "pixel-space inliers" as mild AugMix; the default is {@link AugMix#mildInliers()}.
 *
 * @param augMix the mild AugMix applied to each image
 */
public record PixelInliers(AugMix augMix) implements ImageTransform {

    /** Requires an AugMix. */
    public PixelInliers {
        java.util.Objects.requireNonNull(augMix, "augMix");
    }

    /** The default: AugMix at severity 3, width 3, depth 1..3, alpha 1. */
    public static PixelInliers mild() {
        return new PixelInliers(AugMix.mildInliers());
    }

    /** Applies the mild AugMix. */
    @Override
    public UInt8Image apply(UInt8Image img, Random rnd) {
        return augMix.apply(img, rnd);
    }
}
