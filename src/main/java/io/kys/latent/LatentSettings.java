package io.kys.latent;

/**
 * Sizes of the latent-space inlier synthesis; {@link #PAPER} holds the paper's values.
 *
 * @param queueCapacity feature vectors kept per class (the latest ones)
 * @param drawsPerClass samples drawn from each class Gaussian per step
 * @param keepPerClass lowest-density samples kept per class
 * @param ridge value added to the diagonal of the shared covariance
 */
public record LatentSettings(int queueCapacity, int drawsPerClass, int keepPerClass, double ridge) {
    /** The paper's values: queues of 250, 10,000 draws, keep 64, ridge 0.001. */
    public static final LatentSettings PAPER = new LatentSettings(250, 10_000, 64, 1e-3);

    /** Rejects sizes that cannot work. */
    public LatentSettings {
        if (queueCapacity < 1) {
            throw new IllegalArgumentException("queue capacity must be positive, got " + queueCapacity);
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
