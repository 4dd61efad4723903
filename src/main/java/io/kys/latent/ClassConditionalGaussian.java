package io.kys.latent;

import java.util.Random;
import java.util.SplittableRandom;
import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.CommonOps_DDRM;
import org.ejml.dense.row.factory.DecompositionFactory_DDRM;
import org.ejml.interfaces.decomposition.CholeskyDecomposition_F64;

/**
 * Gaussians {@code N(mu_c, S)} in feature space, one mean per class and one covariance shared by
 * all classes, with the lower Cholesky factor {@code L} of {@code S} ({@code S = L L^T}), all in
 * double precision. A sample is {@code mu_c + L z} with {@code z} standard normal, and its
 * log-density depends on {@code z} only through {@code |z|^2}.
 */
public final class ClassConditionalGaussian {
    private static final double LOG_2PI = Math.log(2 * Math.PI);

    private final int numClasses;
    private final int dim;
    private final double[][] means;
    private final DMatrixRMaj covariance;
    /** Row-major lower-triangular factor, kept as a plain array for the sampling loops. */
    private final double[] cholesky;
    private final double logDeterminant;

    private ClassConditionalGaussian(double[][] means, DMatrixRMaj covariance, DMatrixRMaj lower) {
        this.numClasses = means.length;
        this.dim = covariance.numRows;
        this.means = means;
        this.covariance = covariance;
        this.cholesky = lower.data.clone();
        double logDet = 0;
        for (int i = 0; i < dim; i++) {
            logDet += Math.log(cholesky[i * dim + i]);
        }
        this.logDeterminant = 2 * logDet;
    }

    /** Fits to the queued features with the paper's ridge of 0.001; see {@link #fit(FeatureQueues, double)}. */
    public static ClassConditionalGaussian fit(FeatureQueues queues) throws GaussianFitException {
        return fit(queues, LatentSettings.PAPER.ridge());
    }

    /**
     * Fits class means and the shared covariance
     * {@code S = (1/N) sum_c sum_{x in queue c} (x - mu_c)(x - mu_c)^T + ridge I}, N the number of
     * queued vectors.
     *
     * @throws GaussianFitException when a queued value is NaN or infinite, or {@code S} is not
     *     positive definite
     * @throws IllegalStateException when a class's queue is still empty
     */
    public static ClassConditionalGaussian fit(FeatureQueues queues, double ridge) throws GaussianFitException {
        int classes = queues.numClasses();
        int d = queues.dim();
        int total = queues.totalSize();
        double[][] means = new double[classes][d];
        // Centered vectors as columns: multOuter then takes dot products of contiguous rows,
        // several times faster than multInner on the row layout at d = 128.
        DMatrixRMaj centeredT = new DMatrixRMaj(d, total);
        int row = 0;
        for (int c = 0; c < classes; c++) {
            int n = queues.size(c);
            if (n == 0) {
                throw new IllegalStateException("class " + c + " has no queued features yet");
            }
            float[] v = queues.vectors(c);
            for (int i = 0; i < v.length; i++) {
                if (!Float.isFinite(v[i])) {
                    throw new GaussianFitException(GaussianFitException.Reason.NON_FINITE_FEATURES,
                            "class " + c + " has a non-finite feature value (" + v[i] + ") in its queue");
                }
                means[c][i % d] += v[i];
            }
            for (int j = 0; j < d; j++) {
                means[c][j] /= n;
            }
            for (int i = 0; i < n; i++, row++) {
                for (int j = 0; j < d; j++) {
                    centeredT.unsafe_set(j, row, v[i * d + j] - means[c][j]);
                }
            }
        }
        DMatrixRMaj cov = new DMatrixRMaj(d, d);
        CommonOps_DDRM.multOuter(centeredT, cov);
        CommonOps_DDRM.scale(1.0 / total, cov);
        for (int j = 0; j < d; j++) {
            cov.add(j, j, ridge);
        }
        return of(means, cov);
    }

    /**
     * Wraps given moments: {@code means[c]} the mean of class c, {@code covariance} the shared
     * covariance (copied).
     *
     * @throws GaussianFitException when a value is not finite or the covariance is not positive
     *     definite
     */
    public static ClassConditionalGaussian of(double[][] means, DMatrixRMaj covariance) throws GaussianFitException {
        int d = covariance.numRows;
        if (covariance.numCols != d || means.length == 0) {
            throw new IllegalArgumentException("need a square covariance and at least one mean");
        }
        double[][] meansCopy = new double[means.length][];
        for (int c = 0; c < means.length; c++) {
            if (means[c].length != d) {
                throw new IllegalArgumentException("mean " + c + " has length " + means[c].length + ", expected " + d);
            }
            meansCopy[c] = means[c].clone();
            for (double m : meansCopy[c]) {
                if (!Double.isFinite(m)) {
                    throw new GaussianFitException(GaussianFitException.Reason.NON_FINITE_FEATURES,
                            "the mean of class " + c + " is not finite");
                }
            }
        }
        for (double s : covariance.data) {
            if (!Double.isFinite(s)) {
                throw new GaussianFitException(GaussianFitException.Reason.NON_FINITE_FEATURES,
                        "the shared covariance has a non-finite entry");
            }
        }
        CholeskyDecomposition_F64<DMatrixRMaj> chol = DecompositionFactory_DDRM.chol(d, true);
        DMatrixRMaj work = covariance.copy();
        if (!chol.decompose(work)) {
            throw new GaussianFitException(GaussianFitException.Reason.NOT_POSITIVE_DEFINITE,
                    "the shared " + d + "x" + d + " feature covariance is not positive definite");
        }
        DMatrixRMaj lower = chol.getT(null);
        for (int i = 0; i < d; i++) {
            double pivot = lower.get(i, i);
            if (!(pivot > 0) || Double.isInfinite(pivot)) {
                throw new GaussianFitException(GaussianFitException.Reason.NOT_POSITIVE_DEFINITE,
                        "the shared feature covariance has Cholesky pivot " + pivot + " at row " + i);
            }
        }
        return new ClassConditionalGaussian(meansCopy, covariance.copy(), lower);
    }

    /** Number of classes. */
    public int numClasses() {
        return numClasses;
    }

    /** Dimension of the feature space. */
    public int dim() {
        return dim;
    }

    /** A copy of the mean of class {@code c}. */
    public double[] mean(int c) {
        return means[c].clone();
    }

    /** A copy of the shared covariance {@code S}. */
    public DMatrixRMaj covariance() {
        return covariance.copy();
    }

    /** A copy of the lower Cholesky factor {@code L}, {@code S = L L^T}. */
    public DMatrixRMaj choleskyFactor() {
        return DMatrixRMaj.wrap(dim, dim, cholesky.clone());
    }

    /** {@code log det S}. */
    public double logDeterminant() {
        return logDeterminant;
    }

    /** Log-density of a sample whose whitened vector {@code z = L^-1 (x - mu_c)} has this squared norm. */
    public double logDensityOfWhitened(double squaredNorm) {
        return -0.5 * (dim * LOG_2PI + logDeterminant + squaredNorm);
    }

    /** Log-density of {@code x} under the Gaussian of class {@code c}, by a triangular solve. */
    public double logDensity(int c, double[] x) {
        double[] z = new double[dim];
        double squaredNorm = 0;
        for (int i = 0; i < dim; i++) {
            double s = x[i] - means[c][i];
            for (int k = 0; k < i; k++) {
                s -= cholesky[i * dim + k] * z[k];
            }
            z[i] = s / cholesky[i * dim + i];
            squaredNorm += z[i] * z[i];
        }
        return logDensityOfWhitened(squaredNorm);
    }

    /** Writes {@code mu_c + L z} into {@code out} at {@code offset}. */
    void colorInto(int c, double[] z, float[] out, int offset) {
        double[] mu = means[c];
        for (int i = 0; i < dim; i++) {
            double s = mu[i];
            int rowStart = i * dim;
            for (int k = 0; k <= i; k++) {
                s += cholesky[rowStart + k] * z[k];
            }
            out[offset + i] = (float) s;
        }
    }

    /**
     * Draws {@code n} samples of class {@code c}, {@code n x dim} row-major; the same {@code random}
     * state gives the same samples.
     */
    public float[] draw(int c, int n, Random random) {
        SplittableRandom gen = new SplittableRandom(random.nextLong());
        float[] out = new float[n * dim];
        double[] z = new double[dim];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < dim; j++) {
                z[j] = gen.nextGaussian();
            }
            colorInto(c, z, out, i * dim);
        }
        return out;
    }
}
