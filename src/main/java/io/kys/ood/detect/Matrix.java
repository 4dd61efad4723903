package io.kys.ood.detect;

import java.util.Objects;

/**
 * A dense row-major matrix of doubles: {@code rows x cols} values in one array, row after row.
 * The array is wrapped, not copied, because feature matrices of a whole split are large; callers
 * must not modify it after handing it over.
 */
public final class Matrix {
    private final int rows;
    private final int cols;
    private final double[] data;

    /**
     * Wraps {@code data} as a {@code rows x cols} matrix.
     *
     * @throws IllegalArgumentException when a size is negative or the array length is not
     *     {@code rows * cols}
     */
    public Matrix(int rows, int cols, double[] data) {
        Objects.requireNonNull(data, "data");
        if (rows < 0 || cols < 0 || (long) rows * cols != data.length) {
            throw new IllegalArgumentException("a " + rows + " x " + cols + " matrix needs " + (long) rows * cols
                    + " values, got " + data.length);
        }
        this.rows = rows;
        this.cols = cols;
        this.data = data;
    }

    /** A copy of {@code values}, one inner array per row, all of the same length. */
    public static Matrix of(double[][] values) {
        int cols = values.length == 0 ? 0 : values[0].length;
        double[] flat = new double[values.length * cols];
        for (int r = 0; r < values.length; r++) {
            if (values[r].length != cols) {
                throw new IllegalArgumentException("row " + r + " has " + values[r].length + " values, row 0 has " + cols);
            }
            System.arraycopy(values[r], 0, flat, r * cols, cols);
        }
        return new Matrix(values.length, cols, flat);
    }

    /** The float outputs of a network (e.g. {@code Inference.Outputs} logits), widened to doubles. */
    public static Matrix ofFloats(int rows, int cols, float[] values) {
        double[] flat = new double[values.length];
        for (int i = 0; i < flat.length; i++) {
            flat[i] = values[i];
        }
        return new Matrix(rows, cols, flat);
    }

    /** Number of rows (samples). */
    public int rows() {
        return rows;
    }

    /** Number of columns (features, logits or input values per sample). */
    public int cols() {
        return cols;
    }

    /** The value at row {@code r}, column {@code c}. */
    public double get(int r, int c) {
        return data[r * cols + c];
    }

    /** A copy of row {@code r}. */
    public double[] row(int r) {
        double[] out = new double[cols];
        System.arraycopy(data, r * cols, out, 0, cols);
        return out;
    }

    /** A copy of all values, row-major. */
    public double[] toArray() {
        return data.clone();
    }

    /** The wrapped array itself, for the detectors' inner loops; never modified through this. */
    double[] values() {
        return data;
    }

    /**
     * {@code this * weight^T + bias}: the logits of a linear head with {@code weight} (classes x
     * cols) and {@code bias} (classes) applied to every row.
     *
     * @throws IllegalArgumentException when the sizes do not fit
     */
    public Matrix affine(Matrix weight, double[] bias) {
        if (weight.cols != cols || bias.length != weight.rows) {
            throw new IllegalArgumentException("a head of " + weight.rows + " x " + weight.cols + " with " + bias.length
                    + " biases does not fit " + cols + " features");
        }
        int classes = weight.rows;
        double[] out = new double[rows * classes];
        for (int r = 0; r < rows; r++) {
            for (int k = 0; k < classes; k++) {
                double sum = bias[k];
                for (int j = 0; j < cols; j++) {
                    sum += data[r * cols + j] * weight.data[k * cols + j];
                }
                out[r * classes + k] = sum;
            }
        }
        return new Matrix(rows, classes, out);
    }

    /** The mean of every column. */
    public double[] columnMeans() {
        double[] mean = new double[cols];
        for (int r = 0; r < rows; r++) {
            for (int j = 0; j < cols; j++) {
                mean[j] += data[r * cols + j];
            }
        }
        for (int j = 0; j < cols; j++) {
            mean[j] /= rows;
        }
        return mean;
    }

    /** The index (row-major) of the first NaN or infinite value, or -1 when all are finite. */
    int firstNonFinite() {
        for (int i = 0; i < data.length; i++) {
            if (!Double.isFinite(data[i])) {
                return i;
            }
        }
        return -1;
    }

    @Override
    public String toString() {
        return "Matrix[" + rows + " x " + cols + "]";
    }
}
