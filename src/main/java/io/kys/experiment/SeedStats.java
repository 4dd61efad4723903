package io.kys.experiment;

import java.util.Arrays;
import java.util.Locale;

/**
 * Mean and spread of one quantity over the seeds of a grid cell group. NaN values (an axis a
 * dataset does not have) are left out; with none left every field is NaN and {@code n} is 0.
 *
 * @param n number of seeds with a value
 * @param mean mean over seeds
 * @param sd sample standard deviation over seeds (n - 1 in the denominator; NaN for one seed)
 * @param min smallest value
 * @param max largest value
 */
public record SeedStats(int n, double mean, double sd, double min, double max) {
    /** The statistics of {@code values}, NaN ignored. */
    public static SeedStats of(double[] values) {
        double[] v = Arrays.stream(values).filter(x -> !Double.isNaN(x)).toArray();
        if (v.length == 0) {
            return new SeedStats(0, Double.NaN, Double.NaN, Double.NaN, Double.NaN);
        }
        double mean = Arrays.stream(v).average().orElseThrow();
        double ss = 0;
        for (double x : v) {
            ss += (x - mean) * (x - mean);
        }
        double sd = v.length > 1 ? Math.sqrt(ss / (v.length - 1)) : Double.NaN;
        return new SeedStats(v.length, mean, sd, Arrays.stream(v).min().orElseThrow(),
                Arrays.stream(v).max().orElseThrow());
    }

    /** The same statistics of the values times {@code factor} (e.g. 100 for percent; factor > 0). */
    public SeedStats scaled(double factor) {
        return new SeedStats(n, mean * factor, sd * factor, min * factor, max * factor);
    }

    /**
     * {@code mean ± sd} with {@code decimals} decimals, the mean alone for a single seed, and
     * "–" when there is no value.
     */
    public String format(int decimals) {
        if (n == 0) {
            return "–";
        }
        String f = "%." + decimals + "f";
        String m = String.format(Locale.ROOT, f, mean);
        return n == 1 ? m : m + " ± " + String.format(Locale.ROOT, f, sd);
    }
}
