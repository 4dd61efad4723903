package io.kys.notebook;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import io.kys.augment.AugMix;
import io.kys.augment.AugMixOp;
import io.kys.augment.AugmentDefaults;
import io.kys.augment.ImageTransform;
import io.kys.augment.Jigsaw;
import io.kys.augment.PixelInliers;
import io.kys.augment.PixelOutliers;
import io.kys.augment.RandConv;
import io.kys.augment.RandConvKernel;
import io.kys.data.ImageSet;
import io.kys.data.Preprocessor;
import io.kys.data.UInt8Image;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * The pixel-space images of the method side by side with their sources: AugMix outliers, each
 * of its 13 operations alone, the jigsaw shuffle, the paper's outliers (AugMix then jigsaw),
 * RandConv outliers, and the mild pixel-space inliers of the NDA++/VOS++ baselines. Every gallery
 * starts with a row of the source images (32 x 32 RGB, as the network sees them) and is drawn
 * from a seed, so a notebook shows the same pictures on every run.
 */
public final class OutlierGallery {
    private final List<UInt8Image> sources;
    private final long seed;

    /** {@code count} images of {@code images} drawn with {@code seed}, prepared for the network. */
    OutlierGallery(ImageSet images, int count, long seed) {
        if (count < 1 || count > images.size()) {
            throw new IllegalArgumentException("count must be within 1.." + images.size() + ", got " + count);
        }
        Random random = new Random(seed);
        Preprocessor prep = Preprocessor.standard();
        List<UInt8Image> picked = new ArrayList<>();
        for (int index : random.ints(0, images.size()).distinct().limit(count).toArray()) {
            picked.add(prep.prepare(images.image(index)));
        }
        this.sources = List.copyOf(picked);
        this.seed = seed;
    }

    /** The source images, 32 x 32 RGB. */
    public List<UInt8Image> sources() {
        return sources;
    }

    /** Three AugMix draws per image at the outlier severity (11). */
    public ImageGallery augMix() {
        return rows("AugMix outliers (severity " + AugmentDefaults.OUTLIER_SEVERITY + ")", AugMix.outliers(), "AugMix", 3);
    }

    /** One row per AugMix operation, each applied alone at the outlier severity. */
    public ImageGallery operations() {
        List<ImageGallery.Row> rows = new ArrayList<>();
        rows.add(sourceRow());
        Random random = new Random(seed);
        for (AugMixOp op : AugMixOp.values()) {
            List<UInt8Image> out = sources.stream()
                    .map(img -> op.apply(img, AugmentDefaults.OUTLIER_SEVERITY, random)).toList();
            rows.add(new ImageGallery.Row(op.opName(), out, List.of()));
        }
        return gallery("The " + AugMixOp.values().length + " AugMix operations, severity "
                + AugmentDefaults.OUTLIER_SEVERITY, rows);
    }

    /** Two 4 x 4 jigsaw shuffles per image. */
    public ImageGallery jigsaw() {
        return rows("Jigsaw " + AugmentDefaults.JIGSAW_GRID + "x" + AugmentDefaults.JIGSAW_GRID, Jigsaw.paper(), "jigsaw", 2);
    }

    /** The paper's pixel-space outliers: AugMix (severity 11), then a 4 x 4 jigsaw; two per image. */
    public ImageGallery pixelOutliers() {
        return rows("Pixel-space outliers: AugMix, then jigsaw", PixelOutliers.paper(), "outlier", 2);
    }

    /** Mild AugMix (severity 3): the pixel-space inliers of NDA++ and VOS++; two per image. */
    public ImageGallery pixelInliers() {
        return rows("Pixel-space inliers: mild AugMix (severity " + AugmentDefaults.INLIER_SEVERITY + ")",
                PixelInliers.mild(), "inlier", 2);
    }

    /**
     * RandConv outliers: each row convolves every source image with one fresh random kernel (size
     * in the row label) and clamps the result to the range of real pixels.
     *
     * @param kernels how many kernels (rows) to draw
     */
    public ImageGallery randConv(int kernels) {
        RandConv randConv = RandConv.paper();
        Random random = new Random(seed);
        List<ImageGallery.Row> rows = new ArrayList<>();
        rows.add(sourceRow());
        try (NDManager manager = NDManager.newBaseManager()) {
            NDArray batch = manager.create(NormalizedImages.toFloats(sources), new Shape(sources.size(), 3,
                    sources.get(0).height(), sources.get(0).width()));
            for (int r = 0; r < kernels; r++) {
                RandConvKernel kernel = randConv.drawKernel(random);
                float[] out = randConv.convolve(batch, kernel).toFloatArray();
                rows.add(new ImageGallery.Row("kernel " + kernel.size() + "x" + kernel.size(),
                        NormalizedImages.toImages(out, sources.size(), sources.get(0).height(), sources.get(0).width()),
                        List.of()));
            }
        }
        return gallery("RandConv outliers (one random kernel per row)", rows);
    }

    /** {@link #randConv(int)} with three kernels. */
    public ImageGallery randConv() {
        return randConv(3);
    }

    private ImageGallery rows(String title, ImageTransform transform, String label, int draws) {
        Random random = new Random(seed);
        List<ImageGallery.Row> rows = new ArrayList<>();
        rows.add(sourceRow());
        for (int d = 1; d <= draws; d++) {
            List<UInt8Image> out = sources.stream().map(img -> transform.apply(img, random)).toList();
            rows.add(new ImageGallery.Row(label + " #" + d, out, List.of()));
        }
        return gallery(title, rows);
    }

    private ImageGallery.Row sourceRow() {
        return new ImageGallery.Row("source", sources, List.of());
    }

    private static ImageGallery gallery(String title, List<ImageGallery.Row> rows) {
        return new ImageGallery(title, rows, Kys.MEDMNIST_CREDIT);
    }
}
