package io.kys.ood.detect;

/**
 * Maximum softmax probability, {@code max_k softmax(z)_k}: Hendrycks and Gimpel, "A Baseline for
 * Detecting Misclassified and Out-of-Distribution Examples in Neural Networks", ICLR 2017.
 */
public final class MspDetector extends LogitDetector {
    /** Registry name. */
    public static final String NAME = "msp";

    @Override
    public String name() {
        return NAME;
    }

    @Override
    protected double score(double[] logits, int offset, int classes) {
        return LogitMath.maxSoftmax(logits, offset, classes, 1);
    }
}
