package io.kys.ood;

import java.util.Arrays;
import java.util.Random;

/**
 * Bootstrap confidence intervals for OOD metrics. ID and OOD sets are resampled separately, each
 * with replacement at its own size, so every resample keeps the class balance of the data.
 */
public final class Bootstrap {
    /** Coverage of the intervals: 95%. */
    public static final double LEVEL = 0.95;

    private Bootstrap() { }

    /**
     * The 95% percentile interval of AUROC over {@code resamples} bootstrap resamples. The same
     * seed gives the same interval. Percentiles interpolate linearly between order statistics,
     * numpy's default.
     *
     * @param idScores ID scores (higher = more ID)
     * @param oodScores OOD scores
     * @param resamples number of resamples, at least 1 (1000 is usual)
     * @param seed seed of the resampling
     * @throws io.kys.KysException if a set is empty or holds a non-finite score
     */
    public static ConfidenceInterval aurocInterval(double[] idScores, double[] oodScores, int resamples, long seed) {
        if (resamples < 1) {
            throw new io.kys.KysException("bootstrap needs at least 1 resample, got " + resamples);
        }
        SortedScores.of(idScores, oodScores); // validates once, so resamples cannot fail half-way
        Random random = new Random(seed);
        double[] aurocs = new double[resamples];
        double[] id = new double[idScores.length];
        double[] ood = new double[oodScores.length];
        for (int r = 0; r < resamples; r++) {
            resample(idScores, id, random);
            resample(oodScores, ood, random);
            aurocs[r] = RocCurve.of(id, ood).auc();
        }
        Arrays.sort(aurocs);
        double tail = (1 - LEVEL) / 2;
        return new ConfidenceInterval(percentile(aurocs, tail), percentile(aurocs, 1 - tail), LEVEL, resamples);
    }

    private static void resample(double[] from, double[] into, Random random) {
        for (int i = 0; i < into.length; i++) {
            into[i] = from[random.nextInt(from.length)];
        }
    }

    /** The {@code q}-quantile of sorted values, linear between order statistics. */
    static double percentile(double[] sorted, double q) {
        double position = q * (sorted.length - 1);
        int below = (int) Math.floor(position);
        int above = Math.min(below + 1, sorted.length - 1);
        double fraction = position - below;
        return sorted[below] + fraction * (sorted[above] - sorted[below]);
    }
}
