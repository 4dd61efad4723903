package io.kys.ood.detect;

import java.util.Arrays;

/** Percentiles as numpy's default ("linear") method computes them, so thresholds match it exactly. */
final class Percentile {
    private Percentile() { }

    /**
     * The {@code p}-th percentile of {@code values}: sorted ascending, at virtual index
     * {@code (n - 1) * p / 100}, interpolated linearly between its two neighbours.
     *
     * @param p in [0, 100]
     */
    static double of(double[] values, double p) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        double index = (sorted.length - 1) * (p / 100);
        int below = (int) Math.floor(index);
        int above = Math.min(below + 1, sorted.length - 1);
        double t = index - below;
        double a = sorted[below];
        double b = sorted[above];
        // numpy's _lerp: interpolating from the nearer end keeps the result within [a, b] exactly.
        return t >= 0.5 ? b - (b - a) * (1 - t) : a + (b - a) * t;
    }
}
