package io.kys.ood.detect;

import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.CommonOps_DDRM;

/**
 * Virtual-logit matching: Wang, Li, Feng and Zhang, "ViM: Out-Of-Distribution with Virtual-logit
 * Matching", CVPR 2022. Features are taken relative to the origin {@code u = -pinv(W) b}, where
 * the head's logits vanish; the principal space is spanned by the top {@code dim} eigenvectors of
 * the second moment {@code (1/N) sum (x - u)(x - u)^T} of the training features (the reference
 * code's {@code EmpiricalCovariance(assume_centered=True)}), and the residual {@code R} is the
 * projection of {@code x - u} on the remaining ones. The score is
 * {@code logsumexp(z) - alpha ||R^T (x - u)||} with
 * {@code alpha = mean_train max_k z_k / mean_train ||R^T (x - u)||}.
 *
 * <p>Without {@code dim}, the paper's rule picks it from the feature dimension D: 1000 when
 * D >= 2048, 512 when D >= 768, D / 2 otherwise.
 */
public final class VimDetector implements Detector {
    /** Registry name. */
    public static final String NAME = "vim";

    private final Integer dim;

    /** ViM with a principal space of {@code dim} (>= 1) dimensions, or the paper's rule when null. */
    public VimDetector(Integer dim) {
        this.dim = dim == null ? null : Require.atLeast(NAME, "dim", dim, 1);
    }

    /** The paper's principal dimension for features of dimension {@code featureDim}. */
    public static int defaultDim(int featureDim) {
        return featureDim >= 2048 ? 1000 : featureDim >= 768 ? 512 : featureDim / 2;
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public FittedDetector fit(FitData train) {
        int d = train.dimension();
        int principal = dim == null ? defaultDim(d) : dim;
        if (principal < 1 || principal >= d) {
            throw new DetectorFitException(NAME, "dim = " + principal + " must be in 1.." + (d - 1)
                    + ", below the feature dimension " + d + ", to leave a residual space");
        }
        Require.finiteTraining(NAME, "training feature", train.features());
        Require.finiteTraining(NAME, "training logit", train.logits());
        Require.finiteHead(NAME, train);
        double[] origin = origin(train.weight(), train.bias());
        int n = train.size();
        double[] centered = train.features().toArray();
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < d; j++) {
                centered[i * d + j] -= origin[j];
            }
        }
        SymmetricEigen eigen = SymmetricEigen.of(SymmetricEigen.secondMoment(centered, n, d));
        Residual residual = new Residual(eigen.vectors(), d, principal, origin);
        double normSum = 0;
        double maxLogitSum = 0;
        Matrix logits = train.logits();
        for (int i = 0; i < n; i++) {
            normSum += residual.norm(train.features().values(), i * d);
            maxLogitSum += LogitMath.max(logits.values(), i * logits.cols(), logits.cols());
        }
        if (!(normSum > 0)) {
            throw new DetectorFitException(NAME, "the training features lie entirely in the top " + principal
                    + " principal directions, so the residual that the virtual logit measures is zero");
        }
        double alpha = maxLogitSum / normSum;
        return samples -> score(samples, residual, alpha, d);
    }

    private static double[] score(Samples samples, Residual residual, double alpha, int d) {
        Matrix features = samples.features();
        Require.dimension(NAME, d, features);
        Require.finiteSamples(NAME, "feature", features);
        Require.finiteSamples(NAME, "logit", samples.logits());
        double[] energy = LogitMath.negativeEnergies(samples.logits());
        double[] scores = new double[features.rows()];
        for (int i = 0; i < scores.length; i++) {
            scores[i] = energy[i] - alpha * residual.norm(features.values(), i * d);
        }
        return scores;
    }

    /** {@code u = -pinv(W) b}, the point the head maps to all-zero logits (least squares). */
    private static double[] origin(Matrix weight, double[] bias) {
        DMatrixRMaj inverse = new DMatrixRMaj(weight.cols(), weight.rows());
        CommonOps_DDRM.pinv(DMatrixRMaj.wrap(weight.rows(), weight.cols(), weight.toArray()), inverse);
        double[] u = new double[weight.cols()];
        for (int j = 0; j < u.length; j++) {
            double sum = 0;
            for (int k = 0; k < bias.length; k++) {
                sum += inverse.get(j, k) * bias[k];
            }
            u[j] = -sum;
        }
        return u;
    }

    /** The eigenvectors outside the principal space, and the norm of a feature's part in them. */
    private static final class Residual {
        private final double[] basis;
        private final int d;
        private final int size;
        private final double[] origin;

        Residual(double[] eigenvectors, int d, int principal, double[] origin) {
            this.d = d;
            this.size = d - principal;
            this.origin = origin;
            basis = new double[size * d];
            for (int r = 0; r < size; r++) {
                for (int i = 0; i < d; i++) {
                    basis[r * d + i] = eigenvectors[i * d + principal + r];
                }
            }
        }

        /** {@code ||R^T (x - u)||} of the feature at {@code x[offset .. offset+d)}. */
        double norm(double[] x, int offset) {
            double sum = 0;
            for (int r = 0; r < size; r++) {
                double dot = 0;
                for (int i = 0; i < d; i++) {
                    dot += basis[r * d + i] * (x[offset + i] - origin[i]);
                }
                sum += dot * dot;
            }
            return Math.sqrt(sum);
        }
    }
}
