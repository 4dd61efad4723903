package io.kys.ood.detect;

import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.CommonOps_DDRM;
import org.ejml.dense.row.factory.DecompositionFactory_DDRM;
import org.ejml.interfaces.decomposition.EigenDecomposition_F64;

/**
 * Eigenvalues and eigenvectors of a symmetric matrix, sorted by decreasing eigenvalue.
 *
 * @param values the eigenvalues, largest first
 * @param vectors D x D, row-major; column {@code j} is the unit eigenvector of {@code values[j]}
 */
record SymmetricEigen(double[] values, double[] vectors) {
    /** The second moment {@code X^T X / N} of the N x D rows {@code x}. */
    static DMatrixRMaj secondMoment(double[] x, int n, int d) {
        DMatrixRMaj rows = DMatrixRMaj.wrap(n, d, x);
        DMatrixRMaj moment = new DMatrixRMaj(d, d);
        CommonOps_DDRM.multTransA(rows, rows, moment);
        CommonOps_DDRM.scale(1.0 / n, moment);
        return moment;
    }

    /**
     * Decomposes {@code symmetric}, which is left unchanged.
     *
     * @throws ArithmeticException when the iteration does not converge (only for NaN input)
     */
    static SymmetricEigen of(DMatrixRMaj symmetric) {
        int d = symmetric.numRows;
        EigenDecomposition_F64<DMatrixRMaj> eig = DecompositionFactory_DDRM.eig(d, true, true);
        if (!eig.decompose(symmetric.copy())) {
            throw new ArithmeticException("the eigen decomposition did not converge");
        }
        Integer[] order = new Integer[d];
        double[] raw = new double[d];
        for (int j = 0; j < d; j++) {
            order[j] = j;
            raw[j] = eig.getEigenvalue(j).getReal();
        }
        // Stable on ties, so equal eigenvalues keep the decomposition's order and runs repeat exactly.
        java.util.Arrays.sort(order, (a, b) -> Double.compare(raw[b], raw[a]));
        double[] values = new double[d];
        double[] vectors = new double[d * d];
        for (int j = 0; j < d; j++) {
            values[j] = raw[order[j]];
            DMatrixRMaj v = eig.getEigenVector(order[j]);
            for (int i = 0; i < d; i++) {
                vectors[i * d + j] = v.get(i, 0);
            }
        }
        return new SymmetricEigen(values, vectors);
    }

    /**
     * The numerical rank: eigenvalues above {@code max * D * ulp(1)}, numpy's
     * {@code matrix_rank} tolerance, count.
     */
    int rank() {
        double tolerance = values[0] * values.length * Math.ulp(1.0);
        int rank = 0;
        for (double v : values) {
            if (v > tolerance) {
                rank++;
            }
        }
        return rank;
    }
}
