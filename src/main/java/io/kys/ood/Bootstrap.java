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
        RankedScores ranked = new RankedScores(idScores, oodScores);
        Random random = new Random(seed);
        double[] aurocs = new double[resamples];
        for (int r = 0; r < resamples; r++) {
            aurocs[r] = ranked.resampledAuroc(random);
        }
        Arrays.sort(aurocs);
        double tail = (1 - LEVEL) / 2;
        return new ConfidenceInterval(percentile(aurocs, tail), percentile(aurocs, 1 - tail), LEVEL, resamples);
    }

    /**
     * Both score sets as positions among their distinct values, sorted once, so a resample's AUROC
     * is a count over those positions instead of a new ROC curve: the Mann-Whitney statistic
     * {@code P(id > ood) + P(id = ood) / 2}, which is the area under the ROC curve through every
     * operating point, in O(n + m) per resample.
     */
    private static final class RankedScores {
        private final int[] idRank;
        private final int[] oodRank;
        private final double[] idCount;
        private final double[] oodCount;

        RankedScores(double[] id, double[] ood) {
            double[] all = new double[id.length + ood.length];
            for (int i = 0; i < all.length; i++) {
                all[i] = unsigned(i < id.length ? id[i] : ood[i - id.length]);
            }
            Arrays.sort(all);
            int distinct = 0;
            for (int i = 0; i < all.length; i++) {
                if (i == 0 || all[i] != all[distinct - 1]) {
                    all[distinct++] = all[i];
                }
            }
            double[] values = Arrays.copyOf(all, distinct);
            idRank = ranks(id, values);
            oodRank = ranks(ood, values);
            idCount = new double[distinct];
            oodCount = new double[distinct];
        }

        private static int[] ranks(double[] scores, double[] values) {
            int[] rank = new int[scores.length];
            for (int i = 0; i < rank.length; i++) {
                rank[i] = Arrays.binarySearch(values, unsigned(scores[i]));
            }
            return rank;
        }

        /** -0.0 as 0.0: equal scores are a tie, and the search orders the two zeros apart. */
        private static double unsigned(double v) {
            return v + 0.0;
        }

        /**
         * The AUROC of one resample of both sets, each with replacement at its own size, drawing
         * the ID indices first and then the OOD ones. Counts stay below 2^53, so the sum is exact
         * and the AUROC one rounding of the exact fraction.
         */
        double resampledAuroc(Random random) {
            Arrays.fill(idCount, 0);
            Arrays.fill(oodCount, 0);
            for (int i = 0; i < idRank.length; i++) {
                idCount[idRank[random.nextInt(idRank.length)]]++;
            }
            for (int j = 0; j < oodRank.length; j++) {
                oodCount[oodRank[random.nextInt(oodRank.length)]]++;
            }
            double below = 0;
            double wins = 0;
            for (int u = 0; u < idCount.length; u++) {
                wins += idCount[u] * (below + 0.5 * oodCount[u]);
                below += oodCount[u];
            }
            return wins / ((double) idRank.length * oodRank.length);
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
