package io.kys.latent;

import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.CommonOps_DDRM;
import org.ejml.dense.row.SingularOps_DDRM;
import org.ejml.dense.row.factory.DecompositionFactory_DDRM;
import org.ejml.interfaces.decomposition.SingularValueDecomposition_F64;

/**
 * A linear projection of feature vectors onto their first principal components, fitted by the
 * singular value decomposition of the centred data (EJML), for pictures of the latent space. The
 * sign of each component is fixed (largest loading positive), so the same data always gives the
 * same picture.
 */
public final class PcaProjection {
    private final int dim;
    private final double[] mean;
    /** {@code components x dim}, row-major: one principal direction per row. */
    private final double[] directions;
    private final double[] explainedVariance;
    private final double totalVariance;

    private PcaProjection(int dim, double[] mean, double[] directions, double[] explainedVariance, double totalVariance) {
        this.dim = dim;
        this.mean = mean;
        this.directions = directions;
        this.explainedVariance = explainedVariance;
        this.totalVariance = totalVariance;
    }

    /**
     * Fits {@code components} principal directions to {@code rows x dim} row-major data.
     *
     * @throws IllegalArgumentException when there are fewer than two rows or more components than
     *     the data has dimensions or rows
     * @throws IllegalStateException when the decomposition fails (non-finite data)
     */
    public static PcaProjection fit(float[] rowMajor, int dim, int components) {
        if (dim < 1 || rowMajor.length % dim != 0) {
            throw new IllegalArgumentException(rowMajor.length + " values are not rows of dimension " + dim);
        }
        int rows = rowMajor.length / dim;
        if (rows < 2 || components < 1 || components > Math.min(dim, rows)) {
            throw new IllegalArgumentException("cannot fit " + components + " components to " + rows + " rows of dimension " + dim);
        }
        double[] mean = new double[dim];
        for (int i = 0; i < rowMajor.length; i++) {
            mean[i % dim] += rowMajor[i];
        }
        for (int j = 0; j < dim; j++) {
            mean[j] /= rows;
        }
        DMatrixRMaj centred = new DMatrixRMaj(rows, dim);
        double total = 0;
        for (int r = 0; r < rows; r++) {
            for (int j = 0; j < dim; j++) {
                double v = rowMajor[r * dim + j] - mean[j];
                centred.unsafe_set(r, j, v);
                total += v * v;
            }
        }
        SingularValueDecomposition_F64<DMatrixRMaj> svd = DecompositionFactory_DDRM.svd(rows, dim, false, true, true);
        if (!svd.decompose(centred)) {
            throw new IllegalStateException("the SVD of the " + rows + "x" + dim + " feature matrix failed");
        }
        DMatrixRMaj w = svd.getW(null);
        DMatrixRMaj vt = svd.getV(null, true);
        SingularOps_DDRM.descendingOrder(null, false, w, vt, true);
        double[] directions = new double[components * dim];
        double[] explained = new double[components];
        for (int k = 0; k < components; k++) {
            int largest = 0;
            for (int j = 1; j < dim; j++) {
                if (Math.abs(vt.get(k, j)) > Math.abs(vt.get(k, largest))) {
                    largest = j;
                }
            }
            double sign = vt.get(k, largest) < 0 ? -1 : 1;
            for (int j = 0; j < dim; j++) {
                directions[k * dim + j] = sign * vt.get(k, j);
            }
            double s = k < Math.min(w.numRows, w.numCols) ? w.get(k, k) : 0;
            explained[k] = s * s / (rows - 1);
        }
        return new PcaProjection(dim, mean, directions, explained, total / (rows - 1));
    }

    /** Number of components. */
    public int components() {
        return explainedVariance.length;
    }

    /** Variance of the data along each component. */
    public double[] explainedVariance() {
        return explainedVariance.clone();
    }

    /** Share of the total variance each component explains, in [0, 1]. */
    public double[] explainedRatio() {
        double[] ratio = explainedVariance.clone();
        for (int k = 0; k < ratio.length; k++) {
            ratio[k] = totalVariance > 0 ? ratio[k] / totalVariance : 0;
        }
        return ratio;
    }

    /**
     * Projects {@code n x dim} row-major vectors (any vectors of the fitted space, e.g. synthesized
     * samples) and returns one array per component, each of length n.
     */
    public double[][] project(float[] rowMajor) {
        if (rowMajor.length % dim != 0) {
            throw new IllegalArgumentException(rowMajor.length + " values are not rows of dimension " + dim);
        }
        int rows = rowMajor.length / dim;
        int k = components();
        DMatrixRMaj centred = new DMatrixRMaj(rows, dim);
        for (int r = 0; r < rows; r++) {
            for (int j = 0; j < dim; j++) {
                centred.unsafe_set(r, j, rowMajor[r * dim + j] - mean[j]);
            }
        }
        DMatrixRMaj basis = DMatrixRMaj.wrap(k, dim, directions);
        DMatrixRMaj out = new DMatrixRMaj(rows, k);
        CommonOps_DDRM.multTransB(centred, basis, out);
        double[][] coordinates = new double[k][rows];
        for (int r = 0; r < rows; r++) {
            for (int c = 0; c < k; c++) {
                coordinates[c][r] = out.get(r, c);
            }
        }
        return coordinates;
    }
}
