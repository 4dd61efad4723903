package io.kys.ood.detect;

/**
 * Minimum Mahalanobis distance to a class mean under one tied covariance: Lee, Lee, Lee and Shin,
 * "A Simple Unified Framework for Detecting Out-of-Distribution Samples and Adversarial Attacks",
 * NeurIPS 2018, on the penultimate features and without input preprocessing. With class means
 * {@code mu_c} and {@code Sigma = (1/N) sum_i (x_i - mu_{y_i})(x_i - mu_{y_i})^T}, the score is
 * {@code -min_c (x - mu_c)^T Sigma^-1 (x - mu_c)}.
 *
 * <p>The inverse is exact, not regularized: a singular covariance (constant or linearly dependent
 * features, e.g. ReLU units that never fire, or fewer samples than dimensions) fails the fit.
 * Distances are computed in whitened coordinates {@code Lambda^-1/2 V^T x} from the covariance's
 * eigen decomposition, which equals the formula above and costs D^2 / sample instead of C D^2.
 */
public final class MahalanobisDetector implements Detector {
    /** Registry name. */
    public static final String NAME = "mahalanobis";

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public FittedDetector fit(FitData train) {
        Matrix features = train.features();
        Require.finiteTraining(NAME, "training feature", features);
        int n = train.size();
        int d = train.dimension();
        int classes = train.classes();
        double[][] means = classMeans(train);
        double[] x = features.values();
        double[] centered = new double[n * d];
        int[] labels = train.labels();
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < d; j++) {
                centered[i * d + j] = x[i * d + j] - means[labels[i]][j];
            }
        }
        SymmetricEigen eigen = SymmetricEigen.of(SymmetricEigen.secondMoment(centered, n, d));
        int rank = eigen.rank();
        if (rank < d) {
            throw new DetectorFitException(NAME, "the tied covariance of the " + n + " training features is singular (rank "
                    + rank + " of " + d + "): constant or linearly dependent features"
                    + (n <= d ? ", or no more samples than dimensions," : "") + " leave it without an inverse");
        }
        double[] whitening = new double[d * d];
        for (int j = 0; j < d; j++) {
            double scale = 1 / Math.sqrt(eigen.values()[j]);
            for (int i = 0; i < d; i++) {
                whitening[j * d + i] = eigen.vectors()[i * d + j] * scale;
            }
        }
        double[][] whiteMeans = new double[classes][];
        for (int c = 0; c < classes; c++) {
            whiteMeans[c] = multiply(whitening, means[c], 0, d);
        }
        return samples -> score(samples, whitening, whiteMeans, d);
    }

    private static double[][] classMeans(FitData train) {
        int d = train.dimension();
        double[][] means = new double[train.classes()][d];
        int[] counts = new int[train.classes()];
        double[] x = train.features().values();
        for (int i = 0; i < train.size(); i++) {
            int c = train.labels()[i];
            counts[c]++;
            for (int j = 0; j < d; j++) {
                means[c][j] += x[i * d + j];
            }
        }
        for (int c = 0; c < means.length; c++) {
            if (counts[c] == 0) {
                throw new DetectorFitException(NAME, "class " + c + " has no training features, so it has no mean");
            }
            for (int j = 0; j < d; j++) {
                means[c][j] /= counts[c];
            }
        }
        return means;
    }

    private static double[] score(Samples samples, double[] whitening, double[][] whiteMeans, int d) {
        Matrix features = samples.features();
        Require.dimension(NAME, d, features);
        Require.finiteSamples(NAME, "feature", features);
        double[] scores = new double[features.rows()];
        for (int i = 0; i < scores.length; i++) {
            double[] z = multiply(whitening, features.values(), i * d, d);
            double best = Double.POSITIVE_INFINITY;
            for (double[] mean : whiteMeans) {
                double sum = 0;
                for (int j = 0; j < d; j++) {
                    double diff = z[j] - mean[j];
                    sum += diff * diff;
                }
                best = Math.min(best, sum);
            }
            scores[i] = -best;
        }
        return scores;
    }

    /** {@code A v} for the D x D row-major {@code a} and the vector at {@code v[offset .. offset+d)}. */
    private static double[] multiply(double[] a, double[] v, int offset, int d) {
        double[] out = new double[d];
        for (int r = 0; r < d; r++) {
            double sum = 0;
            for (int j = 0; j < d; j++) {
                sum += a[r * d + j] * v[offset + j];
            }
            out[r] = sum;
        }
        return out;
    }
}
