package io.kys.ood.detect;

/**
 * Distance to the k-th nearest training feature after L2 normalization: Sun, Ming, Zhu and Li,
 * "Out-of-Distribution Detection with Deep Nearest Neighbors", ICML 2022. With
 * {@code z = x / (||x|| + 1e-10)} (the reference code's normalizer, which leaves an all-zero
 * feature at zero), the score is {@code -||z - z_(k)||}, {@code z_(k)} being the k-th closest
 * normalized training feature. The paper's default for CIFAR-10 is {@code k = 50}.
 *
 * <p>The search is exact and brute force: N D per sample for the distances (four samples per pass
 * over the training features), then the k-th smallest picked by selection (expected N) rather than
 * by sorting all N.
 */
public final class KnnDetector implements Detector {
    /** Registry name. */
    public static final String NAME = "knn";
    /** The paper's number of neighbours (CIFAR-10). */
    public static final int DEFAULT_K = 50;
    private static final double NORM_EPSILON = 1e-10;
    /** Queries whose distances are computed in one pass over the training features. */
    private static final int QUERY_BLOCK = 4;

    private final int k;

    /** KNN with the {@code k}-th (>= 1) neighbour. */
    public KnnDetector(int k) {
        this.k = Require.atLeast(NAME, "k", k, 1);
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public FittedDetector fit(FitData train) {
        if (train.size() < k) {
            throw new DetectorFitException(NAME, "k = " + k + " needs at least " + k + " training features, got "
                    + train.size());
        }
        Require.finiteTraining(NAME, "training feature", train.features());
        double[] bank = normalized(train.features());
        int d = train.dimension();
        return samples -> score(samples, bank, d);
    }

    private double[] score(Samples samples, double[] bank, int d) {
        Matrix features = samples.features();
        Require.dimension(NAME, d, features);
        Require.finiteSamples(NAME, "feature", features);
        double[] queries = normalized(features);
        int n = bank.length / d;
        double[][] squared = new double[QUERY_BLOCK][n];
        double[] scores = new double[features.rows()];
        for (int first = 0; first < scores.length; first += QUERY_BLOCK) {
            int count = Math.min(QUERY_BLOCK, scores.length - first);
            if (count == QUERY_BLOCK) {
                squaredDistances4(queries, first * d, bank, d, squared);
            } else {
                for (int q = 0; q < count; q++) {
                    squaredDistances(queries, (first + q) * d, bank, d, squared[q]);
                }
            }
            for (int q = 0; q < count; q++) {
                scores[first + q] = -Math.sqrt(kthSmallest(squared[q], k - 1));
            }
        }
        return scores;
    }

    /** {@code out[t] = ||query - bank_t||^2}, summed over the coordinates in order. */
    private static void squaredDistances(double[] queries, int offset, double[] bank, int d, double[] out) {
        for (int t = 0; t < out.length; t++) {
            double sum = 0;
            for (int j = 0; j < d; j++) {
                double diff = queries[offset + j] - bank[t * d + j];
                sum += diff * diff;
            }
            out[t] = sum;
        }
    }

    /**
     * {@link #squaredDistances} of four consecutive queries at once: each bank value is read once
     * for the four, which is what bounds the loop, and every sum is taken in the same order as
     * for one query, so the distances are the same to the last bit.
     */
    private static void squaredDistances4(double[] queries, int offset, double[] bank, int d, double[][] out) {
        int o1 = offset + d;
        int o2 = offset + 2 * d;
        int o3 = offset + 3 * d;
        for (int t = 0; t < out[0].length; t++) {
            double s0 = 0;
            double s1 = 0;
            double s2 = 0;
            double s3 = 0;
            int row = t * d;
            for (int j = 0; j < d; j++) {
                double b = bank[row + j];
                double e0 = queries[offset + j] - b;
                double e1 = queries[o1 + j] - b;
                double e2 = queries[o2 + j] - b;
                double e3 = queries[o3 + j] - b;
                s0 += e0 * e0;
                s1 += e1 * e1;
                s2 += e2 * e2;
                s3 += e3 * e3;
            }
            out[0][t] = s0;
            out[1][t] = s1;
            out[2][t] = s2;
            out[3][t] = s3;
        }
    }

    /**
     * The value that would sit at {@code index} of {@code values} sorted ascending (Hoare's
     * selection with a middle pivot; reorders {@code values}). It is exactly the sorted value, so
     * the score does not depend on how it was found.
     */
    static double kthSmallest(double[] values, int index) {
        int lo = 0;
        int hi = values.length - 1;
        while (lo < hi) {
            double pivot = values[(lo + hi) >>> 1];
            int i = lo;
            int j = hi;
            while (i <= j) {
                while (values[i] < pivot) {
                    i++;
                }
                while (values[j] > pivot) {
                    j--;
                }
                if (i <= j) {
                    double t = values[i];
                    values[i] = values[j];
                    values[j] = t;
                    i++;
                    j--;
                }
            }
            if (index <= j) {
                hi = j;
            } else if (index >= i) {
                lo = i;
            } else {
                return values[index];
            }
        }
        return values[lo];
    }

    private static double[] normalized(Matrix m) {
        int d = m.cols();
        double[] x = m.values();
        double[] out = new double[x.length];
        for (int r = 0; r < m.rows(); r++) {
            double sum = 0;
            for (int j = 0; j < d; j++) {
                sum += x[r * d + j] * x[r * d + j];
            }
            double norm = Math.sqrt(sum) + NORM_EPSILON;
            for (int j = 0; j < d; j++) {
                out[r * d + j] = x[r * d + j] / norm;
            }
        }
        return out;
    }
}
