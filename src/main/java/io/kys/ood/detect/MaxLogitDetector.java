package io.kys.ood.detect;

/**
 * The largest logit, {@code max_k z_k}: Hendrycks, Basart, Mazeika, Zou, Kwon, Mostajabi,
 * Steinhardt and Song, "Scaling Out-of-Distribution Detection for Real-World Settings", ICML 2022.
 */
public final class MaxLogitDetector extends LogitDetector {
    /** Registry name. */
    public static final String NAME = "maxlogit";

    @Override
    public String name() {
        return NAME;
    }

    @Override
    protected double score(double[] logits, int offset, int classes) {
        return LogitMath.max(logits, offset, classes);
    }
}
