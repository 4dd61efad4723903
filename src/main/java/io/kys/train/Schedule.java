package io.kys.train;

/**
 * How long a run trains and on how much: epochs, steps, batch size and the learning-rate schedule.
 *
 * @param epochs number of epochs, at least 1
 * @param stepsPerEpoch steps per epoch; 0 means one pass over the (balanced) training set
 * @param trainLimit use at most this many training images (class-stratified, seeded); 0 = all
 * @param batchSize ID images per step, at least 2
 * @param lrHalvingEpochs the learning rate halves every this many epochs (the reference's plateau
 *     scheduler, fed the epoch number, behaves as this step schedule)
 * @param partialLastBatch with full passes, end each epoch with the remainder as a smaller last
 *     batch (and as many pixel outliers in proportion), as the reference's data loaders do; else
 *     every step has a full batch and the remainder is not drawn
 */
public record Schedule(int epochs, int stepsPerEpoch, int trainLimit, int batchSize, int lrHalvingEpochs,
                       boolean partialLastBatch) {
    /**
     * The paper's schedule: 100 passes in batches of 128, the rate halved every 31 epochs, full
     * batches only. The reference's data loaders end each pass with the remainder as a smaller
     * batch; that moves the BatchNorm statistics the detector is evaluated with by chance, in
     * either direction (docs/fidelity.md), so it is an option here, not the default.
     */
    public static final Schedule PAPER = new Schedule(100, 0, 0, 128, 31, false);

    /** The batch sizes of one epoch over {@code trainSize} images. */
    public int[] batchSizes(int trainSize) {
        if (stepsPerEpoch > 0) {
            int[] b = new int[stepsPerEpoch];
            java.util.Arrays.fill(b, batchSize);
            return b;
        }
        int full = Math.max(1, trainSize / batchSize);
        int rest = trainSize > batchSize ? trainSize - full * batchSize : 0;
        int[] b = new int[full + (partialLastBatch && rest > 0 ? 1 : 0)];
        java.util.Arrays.fill(b, batchSize);
        if (b.length > full) {
            b[full] = rest;
        }
        return b;
    }

    /** Steps of a whole run on a training set of {@code trainImages} (before {@link #trainLimit}). */
    public long totalSteps(int trainImages) {
        int images = trainLimit > 0 ? Math.min(trainImages, trainLimit) : trainImages;
        return (long) batchSizes(images).length * epochs;
    }

    /** Rejects a schedule that cannot train, naming the value at fault. */
    public Schedule {
        TrainConfig.require(epochs >= 1, "epochs must be at least 1, got " + epochs);
        TrainConfig.require(stepsPerEpoch >= 0, "steps per epoch must be >= 0, got " + stepsPerEpoch);
        TrainConfig.require(trainLimit >= 0, "train limit must be >= 0, got " + trainLimit);
        TrainConfig.require(batchSize >= 2, "batch size must be at least 2, got " + batchSize);
        TrainConfig.require(lrHalvingEpochs >= 1, "lr halving period must be >= 1 epoch, got " + lrHalvingEpochs);
    }
}
