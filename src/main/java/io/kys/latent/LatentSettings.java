package io.kys.latent;

/**
 * Sizes of the latent-space inlier synthesis; {@link #PAPER} holds the paper's values.
 *
 * @param queueCapacity feature vectors kept per class (the latest ones)
 * @param drawsPerClass samples drawn from each class Gaussian per step
 * @param keepPerClass lowest-density samples kept per class
 * @param ridge value added to the diagonal of the shared covariance
 * @param startEpoch first epoch (1-based) whose steps sample latent vectors; earlier ones only fill the queues
 */
public record LatentSettings(int queueCapacity, int drawsPerClass, int keepPerClass, double ridge, int startEpoch) {
    /** The paper's values: queues of 250, 10,000 draws, keep 64, ridge 0.001, sampling from epoch 2. */
    public static final LatentSettings PAPER = new LatentSettings(250, 10_000, 64, 1e-3, 2);

    /** Settings that sample from the paper's start epoch on. */
    public LatentSettings(int queueCapacity, int drawsPerClass, int keepPerClass, double ridge) {
        this(queueCapacity, drawsPerClass, keepPerClass, ridge, PAPER_START_EPOCH);
    }

    private static final int PAPER_START_EPOCH = 2;

    /** Rejects sizes that cannot work. */
    public LatentSettings {
        if (queueCapacity < 2) {
            throw new IllegalArgumentException("queue capacity must be at least 2, got " + queueCapacity);
        }
        if (startEpoch < 1) {
            throw new IllegalArgumentException("latent start epoch must be at least 1, got " + startEpoch);
        }
        if (keepPerClass < 1 || keepPerClass > drawsPerClass) {
            throw new IllegalArgumentException("need 1 <= keep <= draws, got keep " + keepPerClass
                    + " of " + drawsPerClass);
        }
        if (!(ridge >= 0) || Double.isInfinite(ridge)) {
            throw new IllegalArgumentException("ridge must be finite and non-negative, got " + ridge);
        }
    }
}
