package io.kys.ood.detect;

import java.util.Arrays;

/**
 * Generalized entropy, {@code -sum_{k in top M} p_k^gamma (1 - p_k)^gamma} over the {@code M}
 * largest softmax probabilities (all of them when there are at most {@code M} classes): Liu,
 * Lochman and Zach, "GEN: Pushing the Limits of Softmax-Based Out-of-Distribution Detection",
 * CVPR 2023, whose defaults are {@code gamma = 0.1} and {@code M = 100}.
 */
public final class GenDetector extends LogitDetector {
    /** Registry name. */
    public static final String NAME = "gen";
    /** The paper's exponent. */
    public static final double DEFAULT_GAMMA = 0.1;
    /** The paper's number of top classes. */
    public static final int DEFAULT_M = 100;

    private final double gamma;
    private final int m;

    /** GEN with exponent {@code gamma} (> 0) over the top {@code m} (>= 1) classes. */
    public GenDetector(double gamma, int m) {
        this.gamma = Require.positive(NAME, "gamma", gamma);
        this.m = Require.atLeast(NAME, "m", m, 1);
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    protected double score(double[] logits, int offset, int classes) {
        double[] p = new double[classes];
        LogitMath.softmax(logits, offset, classes, 1, p);
        int top = LogitMath.argMax(logits, offset, classes);
        double[] others = new double[classes - 1];
        double rest = 0;
        for (int k = 0, j = 0; k < classes; k++) {
            if (k != top) {
                others[j++] = p[k];
                rest += p[k];
            }
        }
        // 1 - p of a confident top class is tiny and loses its digits to rounding; the sum of the
        // other probabilities keeps them. Any other class has p <= 1/2, where 1 - p is accurate.
        double sum = Math.pow(p[top], gamma) * Math.pow(rest, gamma);
        if (m < classes) {
            Arrays.sort(others);
        }
        for (int j = Math.max(0, others.length - (m - 1)); j < others.length; j++) {
            sum += Math.pow(others[j], gamma) * Math.pow(1 - others[j], gamma);
        }
        return -sum;
    }
}
