package io.kys.deploy;

import io.kys.KysException;
import java.util.Arrays;

/**
 * The decision threshold for a target true-positive rate, and the rates it gives. An image is
 * accepted when its score is at least the threshold. The threshold for target {@code t} on ID
 * scores is the largest score at which at least {@code t} of them are accepted: the operating
 * point kys's FPR95 reads (the first ROC point, thresholds decreasing, whose TPR reaches the
 * target). Ties at the threshold are all accepted, so the rate reached may exceed the target.
 */
public final class TprThreshold {
    private TprThreshold() { }

    /**
     * The threshold accepting at least {@code targetTpr} of {@code idScores}.
     *
     * @throws KysException for an empty set, a non-finite score or a target outside (0, 1]
     */
    public static double forTpr(double[] idScores, double targetTpr) {
        if (!(targetTpr > 0 && targetTpr <= 1)) {
            throw new KysException("the target TPR must be in (0, 1], got " + targetTpr);
        }
        if (idScores.length == 0) {
            throw new KysException("no ID scores to choose a threshold on");
        }
        double[] sorted = idScores.clone();
        Arrays.sort(sorted);
        if (!Double.isFinite(sorted[0]) || !Double.isFinite(sorted[sorted.length - 1])) {
            throw new KysException("an ID score is not finite; no threshold can be chosen");
        }
        return atRate(sorted, targetTpr);
    }

    /** {@link #forTpr} on scores already sorted ascending and known finite. */
    static double atRate(double[] ascending, double targetTpr) {
        int n = ascending.length;
        // The smallest count k with k / n >= target, compared in doubles as the ROC's rates are.
        int k = Math.max(1, (int) Math.floor(targetTpr * n) - 1);
        while ((double) k / n < targetTpr) {
            k++;
        }
        return ascending[n - k];
    }

    /** The fraction of {@code scores} at or above {@code threshold}. */
    public static double acceptedFraction(double[] scores, double threshold) {
        if (scores.length == 0) {
            return Double.NaN;
        }
        int accepted = 0;
        for (double s : scores) {
            if (s >= threshold) {
                accepted++;
            }
        }
        return (double) accepted / scores.length;
    }
}
