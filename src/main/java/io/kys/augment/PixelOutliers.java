package io.kys.augment;

import io.kys.KysException;
import io.kys.data.UInt8Image;
import java.util.Random;

/**
 * The pixel-space outlier families of METHOD.md, switched on and off by flags: AugMix at the
 * outlier severity, then the jigsaw shuffle. With both on (the paper's setting) every outlier is
 * mixed and then shuffled; with one on, only that family is applied.
 *
 * <p>The reference, given both flags, picks per image either "AugMix then jigsaw" or "jigsaw only"
 * with equal probability; METHOD.md specifies AugMix then jigsaw for every image, which is what
 * this class does. RandConv works on normalised tensors and lives in {@link RandConv}.
 *
 * @param augMix the AugMix to apply, or {@code null} for none
 * @param jigsaw the jigsaw to apply after it, or {@code null} for none
 */
public record PixelOutliers(AugMix augMix, Jigsaw jigsaw) implements ImageTransform {

    /** Requires at least one family, since an outlier equal to its source image is no outlier. */
    public PixelOutliers {
        if (augMix == null && jigsaw == null) {
            throw new KysException("pixel-space outliers need AugMix, jigsaw or both switched on");
        }
    }

    /** The paper's families chosen by flag: {@link AugMix#outliers()} and {@link Jigsaw#paper()}. */
    public static PixelOutliers of(boolean augMix, boolean jigsaw) {
        return new PixelOutliers(augMix ? AugMix.outliers() : null, jigsaw ? Jigsaw.paper() : null);
    }

    /** The paper's setting: AugMix at severity 11, then a 4x4 jigsaw. */
    public static PixelOutliers paper() {
        return of(true, true);
    }

    /** Applies the enabled families in order, AugMix first. */
    @Override
    public UInt8Image apply(UInt8Image img, Random rnd) {
        UInt8Image out = img;
        if (augMix != null) {
            out = augMix.apply(out, rnd);
        }
        if (jigsaw != null) {
            out = jigsaw.apply(out, rnd);
        }
        return out;
    }
}
