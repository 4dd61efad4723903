package io.kys.train;

import io.kys.augment.AugMix;
import io.kys.augment.Jigsaw;
import io.kys.augment.PixelInliers;
import io.kys.augment.PixelOutliers;
import io.kys.augment.PixelRecipe;
import io.kys.augment.RandomAffine;
import io.kys.data.ImageSet;
import io.kys.data.Preprocessor;
import io.kys.data.UInt8Image;
import java.util.Random;
import java.util.stream.IntStream;

/**
 * Builds the images of one training step from the (already 32 px RGB) training set: the ID batch
 * with the random affine, and the protocol's pixel-space inliers and outliers. Every image draws
 * from its own seeded generator, so the batch is the same whatever the thread count.
 */
public final class BatchFactory {
    private static final int SLOT_ID = 1;
    private static final int SLOT_OUTLIER_PICK = 2;
    private static final int SLOT_OUTLIER = 3;
    private static final int SLOT_INLIER = 4;
    private static final int SLOT_STEP = 5;

    private final ImageSet train32;
    private final ImageSet source;
    private final TrainConfig config;
    private final RandomAffine affine;
    private final PixelOutliers outliers;
    private final PixelInliers inliers;

    /**
     * @param train32 training images already converted to RGB and resized to 32 px, also the
     *     images augmented when the recipe does not work at the stored size
     * @param config the run's configuration
     */
    public BatchFactory(ImageSet train32, TrainConfig config) {
        this(train32, train32, config);
    }

    /**
     * @param train the training images at their stored size (any channel count), augmented
     *     before the resize when the recipe works at native size
     * @param train32 the same images as RGB 32 px
     * @param config the run's configuration
     */
    public BatchFactory(ImageSet train, ImageSet train32, TrainConfig config) {
        if (train.size() != train32.size()) {
            throw new IllegalArgumentException("train sets differ in size: " + train.size() + " vs " + train32.size());
        }
        this.train32 = train32;
        this.config = config;
        PixelRecipe recipe = config.outliers().recipe();
        this.source = recipe.nativeSize() ? train : train32;
        this.affine = recipe.affine();
        this.outliers = config.protocol().usesPixelOutliers() && (config.outliers().augmix() || config.outliers().jigsaw())
                ? new PixelOutliers(config.outliers().augmix() ? outlierAugMix(config) : null,
                        config.outliers().jigsaw() ? Jigsaw.paper() : null, recipe) : null;
        this.inliers = config.protocol().usesPixelInliers() ? PixelInliers.mild() : null;
    }

    /** The ID image {@code i} with the training affine, as RGB 32 px. */
    private UInt8Image idImage(int i, Random rnd) {
        UInt8Image moved = affine.apply(source.image(i).toRgb(), rnd);
        return Preprocessor.resize(moved, Preprocessor.INPUT_SIZE);
    }

    private static AugMix outlierAugMix(TrainConfig config) {
        AugMix paper = AugMix.outliers();
        return new AugMix(config.outliers().augmixSeverity(), paper.width(), paper.maxDepth(), paper.alpha());
    }

    /** The batch of {@code step} in {@code epoch}, whose ID images are {@code indices}. */
    public PreparedBatch make(int epoch, int step, int[] indices) {
        long seed = config.seed();
        int n = indices.length;
        int[] labels = new int[n];
        UInt8Image[] augmented = new UInt8Image[n];
        float[] id = new float[n * PreparedBatch.IMAGE_FLOATS];
        IntStream.range(0, n).parallel().forEach(k -> {
            augmented[k] = idImage(indices[k], Seeds.random(seed, epoch, step, SLOT_ID, k));
            Preprocessor.normalizeInto(augmented[k], id, k * PreparedBatch.IMAGE_FLOATS);
        });
        for (int k = 0; k < n; k++) {
            labels[k] = train32.label(indices[k]);
        }
        float[] pixelInliers = null;
        if (inliers != null) {
            pixelInliers = new float[n * PreparedBatch.IMAGE_FLOATS];
            float[] dst = pixelInliers;
            IntStream.range(0, n).parallel().forEach(k -> Preprocessor.normalizeInto(
                    inliers.apply(augmented[k], Seeds.random(seed, epoch, step, SLOT_INLIER, k)),
                    dst, k * PreparedBatch.IMAGE_FLOATS));
        }
        float[] pixelOutliers = null;
        if (outliers != null) {
            // A smaller (last) ID batch gets outliers in proportion, as the reference's two equal loaders give.
            int full = config.schedule().batchSize();
            int m = n >= full ? config.outliers().batch() : Math.max(1, (n * config.outliers().batch() + full - 1) / full);
            Random pick = Seeds.random(seed, epoch, step, SLOT_OUTLIER_PICK);
            int[] chosen = new int[m];
            for (int k = 0; k < m; k++) {
                chosen[k] = pick.nextInt(train32.size());
            }
            pixelOutliers = new float[m * PreparedBatch.IMAGE_FLOATS];
            float[] dst = pixelOutliers;
            IntStream.range(0, m).parallel().forEach(k -> Preprocessor.normalizeInto(
                    outliers.apply(source.image(chosen[k]).toRgb(), Seeds.random(seed, epoch, step, SLOT_OUTLIER, k)),
                    dst, k * PreparedBatch.IMAGE_FLOATS));
        }
        Random stepRandom = Seeds.random(seed, epoch, step, SLOT_STEP);
        boolean randConv = config.protocol().usesPixelOutliers() && config.outliers().randConv()
                && stepRandom.nextDouble() < config.outliers().randConvProbability();
        return new PreparedBatch(epoch, step, id, labels, pixelInliers, pixelOutliers, randConv,
                stepRandom.nextLong());
    }
}
