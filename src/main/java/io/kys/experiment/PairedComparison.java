package io.kys.experiment;

import java.util.ArrayList;
import java.util.List;

/**
 * One protocol against another over the same seeds (same data, same OOD images, seed i against
 * seed i): the per-seed differences, their mean, and two small tests of "no difference". With
 * three seeds neither test has much power: the exact sign test cannot go below p = 0.25, and the
 * paired t-test has 2 degrees of freedom, so a large p says "not shown", never "no difference".
 *
 * @param n number of seeds where both protocols have a value
 * @param meanDifference mean of (first - second) over those seeds
 * @param signs the sign of each seed's difference in seed order: {@code +}, {@code -} or {@code 0}
 * @param signTestP two-sided exact sign test p-value (ties dropped); NaN without a non-tied pair
 * @param tTestP two-sided paired t-test p-value; NaN with fewer than two pairs
 */
public record PairedComparison(int n, double meanDifference, String signs, double signTestP, double tTestP) {
    /** Compares {@code first[i]} with {@code second[i]}; pairs with a NaN are left out. */
    public static PairedComparison of(double[] first, double[] second) {
        if (first.length != second.length) {
            throw new IllegalArgumentException("paired values differ in length: " + first.length + " vs " + second.length);
        }
        List<Double> d = new ArrayList<>();
        StringBuilder signs = new StringBuilder();
        int pos = 0;
        int neg = 0;
        for (int i = 0; i < first.length; i++) {
            if (Double.isNaN(first[i]) || Double.isNaN(second[i])) {
                continue;
            }
            double diff = first[i] - second[i];
            d.add(diff);
            if (diff > 0) {
                pos++;
                signs.append('+');
            } else if (diff < 0) {
                neg++;
                signs.append('-');
            } else {
                signs.append('0');
            }
        }
        double[] diffs = d.stream().mapToDouble(Double::doubleValue).toArray();
        SeedStats s = SeedStats.of(diffs);
        return new PairedComparison(diffs.length, s.mean(), signs.toString(),
                pos + neg == 0 ? Double.NaN : signTestP(pos, neg), pairedTTestP(diffs));
    }

    /** Two-sided exact binomial sign test of {@code positives} against {@code negatives} (p = 1/2 each). */
    public static double signTestP(int positives, int negatives) {
        int n = positives + negatives;
        int k = Math.min(positives, negatives);
        double tail = 0;
        double binom = 1;
        for (int i = 0; i <= k; i++) {
            tail += binom;
            binom = binom * (n - i) / (i + 1);
        }
        return Math.min(1.0, 2 * tail / Math.pow(2, n));
    }

    /**
     * Two-sided paired t-test p-value of the differences; NaN for fewer than two. Identical
     * differences have no spread: p is 1 when they are all zero and 0 otherwise.
     */
    public static double pairedTTestP(double[] differences) {
        SeedStats s = SeedStats.of(differences);
        if (s.n() < 2) {
            return Double.NaN;
        }
        if (s.sd() == 0) {
            return s.mean() == 0 ? 1.0 : 0.0;
        }
        double t = s.mean() / (s.sd() / Math.sqrt(s.n()));
        return studentTwoSidedP(t, s.n() - 1);
    }

    /**
     * {@code P(|T| >= |t|)} for Student's t with {@code df} degrees of freedom, from the exact
     * finite series for integer degrees of freedom (Abramowitz and Stegun 26.7.3 and 26.7.4).
     */
    public static double studentTwoSidedP(double t, int df) {
        if (df < 1) {
            throw new IllegalArgumentException("degrees of freedom must be >= 1, got " + df);
        }
        double theta = Math.atan(Math.abs(t) / Math.sqrt(df));
        double c = Math.cos(theta);
        double s = Math.sin(theta);
        double within;
        if (df % 2 == 1) {
            double sum = 0;
            if (df > 1) {
                double term = c;
                sum = term;
                for (int k = 3; k <= df - 2; k += 2) {
                    term *= c * c * (k - 1) / k;
                    sum += term;
                }
            }
            within = 2 / Math.PI * (theta + s * sum);
        } else {
            double term = 1;
            double sum = 1;
            for (int k = 2; k <= df - 2; k += 2) {
                term *= c * c * (k - 1) / k;
                sum += term;
            }
            within = s * sum;
        }
        return Math.min(1.0, Math.max(0.0, 1 - within));
    }
}
