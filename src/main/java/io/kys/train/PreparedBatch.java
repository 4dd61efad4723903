package io.kys.train;

/**
 * One step's inputs, made on the pipeline thread ahead of the engine: normalized images in
 * N x 3 x 32 x 32 float layout, ready to become one tensor.
 *
 * @param epoch 1-based epoch
 * @param step 0-based step within the epoch
 * @param idImages the ID batch (augmented with the random affine)
 * @param labels in-class labels of the ID batch
 * @param pixelInliers mildly augmented copies of the ID batch, or null when the protocol has none
 * @param pixelOutliers AugMix/jigsaw outliers, or null when the protocol has none
 * @param applyRandConv whether this step adds RandConv outliers
 * @param stepSeed seed for the engine-side randomness of this step (dropout, RandConv, latent draws)
 */
public record PreparedBatch(int epoch, int step, float[] idImages, int[] labels,
                            float[] pixelInliers, float[] pixelOutliers,
                            boolean applyRandConv, long stepSeed) {
    /** Floats in one normalized 3 x 32 x 32 image. */
    public static final int IMAGE_FLOATS = 3 * 32 * 32;

    /** Number of ID images. */
    public int idCount() {
        return labels.length;
    }

    /** Number of pixel inliers (0 when absent). */
    public int inlierCount() {
        return pixelInliers == null ? 0 : pixelInliers.length / IMAGE_FLOATS;
    }

    /** Number of pixel outliers (0 when absent). */
    public int outlierCount() {
        return pixelOutliers == null ? 0 : pixelOutliers.length / IMAGE_FLOATS;
    }
}
