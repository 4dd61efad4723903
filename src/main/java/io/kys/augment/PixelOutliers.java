package io.kys.augment;

import io.kys.KysException;
import io.kys.data.Preprocessor;
import io.kys.data.UInt8Image;
import java.util.Random;

/**
 * The pixel-space outlier families of docs/method.md, switched on and off by flags: AugMix at the
 * outlier severity, then the jigsaw shuffle, built the way a {@link PixelRecipe} says. With both
 * on (the paper's setting) every outlier is mixed and then shuffled; with one on, only that
 * family is applied. The result is always the network's 32 px size.
 *
 * <p>The reference, given its {@code --augmix} and {@code --jigsaw} flags together, picks per
 * image either "AugMix then jigsaw" or "jigsaw only"; with {@code --augmix} alone (its README's
 * command) every image is AugMix then jigsaw, which is what this class does with both families
 * on. RandConv works on normalised tensors and lives in {@link RandConv}.
 *
 * @param augMix the AugMix to apply, or {@code null} for none
 * @param jigsaw the jigsaw to apply after it, or {@code null} for none
 * @param recipe how the images are built (stored size or 32 px, band, ghosting, interpolation)
 */
public record PixelOutliers(AugMix augMix, Jigsaw jigsaw, PixelRecipe recipe) implements ImageTransform {

    /** Requires at least one family, since an outlier equal to its source image is no outlier. */
    public PixelOutliers {
        if (augMix == null && jigsaw == null) {
            throw new KysException("pixel-space outliers need AugMix, jigsaw or both switched on");
        }
        if (recipe == null) {
            throw new KysException("pixel-space outliers need a pixel recipe");
        }
    }

    /** The families with the reference's recipe. */
    public PixelOutliers(AugMix augMix, Jigsaw jigsaw) {
        this(augMix, jigsaw, PixelRecipe.REFERENCE);
    }

    /** The paper's families chosen by flag: {@link AugMix#outliers()} and {@link Jigsaw#paper()}. */
    public static PixelOutliers of(boolean augMix, boolean jigsaw) {
        return new PixelOutliers(augMix ? AugMix.outliers() : null, jigsaw ? Jigsaw.paper() : null);
    }

    /** The paper's setting: AugMix at severity 11, then a 4x4 jigsaw, with the reference's recipe. */
    public static PixelOutliers paper() {
        return of(true, true);
    }

    /** The same families built with another recipe. */
    public PixelOutliers with(PixelRecipe other) {
        return new PixelOutliers(augMix, jigsaw, other);
    }

    /**
     * Builds one outlier from a source image: at its stored size when the recipe works at native
     * size (then resized to 32 px after augmenting), else an image already at 32 px.
     */
    @Override
    public UInt8Image apply(UInt8Image img, Random rnd) {
        ImageTransform finish = finish();
        UInt8Image out;
        if (augMix != null) {
            out = augMix.apply(img, rnd, recipe.canvas(), finish);
        } else {
            out = finish == null ? img : finish.apply(img, rnd);
        }
        out = Preprocessor.resize(out, Preprocessor.INPUT_SIZE);
        return jigsaw == null ? out : jigsaw.apply(out, rnd);
    }

    /** Per-image preprocessing before the mix: a fresh affine when ghosting, the resize at native size. */
    private ImageTransform finish() {
        if (!recipe.ghost() && !recipe.nativeSize()) {
            return null;
        }
        RandomAffine affine = recipe.ghost() ? recipe.affine() : null;
        return (x, r) -> Preprocessor.resize(affine == null ? x : affine.apply(x, r), Preprocessor.INPUT_SIZE);
    }
}
