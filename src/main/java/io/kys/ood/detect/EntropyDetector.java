package io.kys.ood.detect;

/**
 * Negative Shannon entropy of the softmax, {@code sum_k p_k log p_k} with {@code p = softmax(z)}:
 * confident (low-entropy) predictions score high. The predictive-entropy baseline, as in
 * Hendrycks, Mazeika and Dietterich, "Deep Anomaly Detection with Outlier Exposure", ICLR 2019.
 */
public final class EntropyDetector extends LogitDetector {
    /** Registry name. */
    public static final String NAME = "entropy";

    @Override
    public String name() {
        return NAME;
    }

    @Override
    protected double score(double[] logits, int offset, int classes) {
        double lse = LogitMath.logSumExp(logits, offset, classes, 1);
        double sum = 0;
        for (int k = 0; k < classes; k++) {
            double logP = logits[offset + k] - lse;
            // exp underflows to 0 for far-off logits; 0 * log 0 is 0 in the limit, and so it stays.
            sum += Math.exp(logP) * logP;
        }
        return sum;
    }
}
