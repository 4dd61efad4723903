package io.kys.data;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.Arrays;
import java.util.Objects;

/**
 * A numeric array read from a {@code .npy} file, in C order with its raw little-endian bytes.
 * The data array is shared, not copied: images of a whole split are large and are handed on to
 * {@link ImageSet} as they are.
 *
 * @param shape dimensions
 * @param dtype element type
 * @param data {@code product(shape) * dtype.itemSize()} bytes, little-endian, C order
 */
public record NpyArray(int[] shape, NpyDType dtype, byte[] data) {
    /** Checks that the data length matches the shape. */
    public NpyArray {
        Objects.requireNonNull(dtype, "dtype");
        shape = shape.clone();
        long n = 1;
        for (int d : shape) {
            if (d < 0) {
                throw new IllegalArgumentException("negative dimension in " + Arrays.toString(shape));
            }
            n *= d;
        }
        if (n * dtype.itemSize() != data.length) {
            throw new IllegalArgumentException("shape " + Arrays.toString(shape) + " of " + dtype
                    + " needs " + n * dtype.itemSize() + " bytes, got " + data.length);
        }
    }

    /** A copy of the dimensions. */
    @Override
    public int[] shape() {
        return shape.clone();
    }

    /** The number of dimensions. */
    public int ndim() {
        return shape.length;
    }

    /** The size of dimension {@code i}. */
    public int dim(int i) {
        return shape[i];
    }

    /** The number of elements. */
    public int elementCount() {
        return data.length / dtype.itemSize();
    }

    /** The shape as numpy prints it. */
    public String shapeString() {
        return NpyHeader.formatShape(Arrays.stream(shape).asLongStream().toArray());
    }

    /**
     * The elements as ints: unsigned for {@link NpyDType#UINT8}, as stored for
     * {@link NpyDType#INT32}, checked to fit for {@link NpyDType#INT64}.
     *
     * @throws ArithmeticException when an int64 element does not fit an int
     * @throws IllegalStateException for a floating-point array, whose values are not labels
     */
    public int[] toIntArray() {
        int n = elementCount();
        int[] out = new int[n];
        switch (dtype) {
            case UINT8 -> {
                for (int i = 0; i < n; i++) {
                    out[i] = data[i] & 0xFF;
                }
            }
            case INT32 -> {
                for (int i = 0; i < n; i++) {
                    out[i] = (int) readLe(data, i * 4, 4);
                }
            }
            case INT64 -> {
                for (int i = 0; i < n; i++) {
                    out[i] = Math.toIntExact(readLe(data, i * 8, 8));
                }
            }
            default -> throw new IllegalStateException(dtype + " elements are not integers");
        }
        return out;
    }

    /**
     * The elements as doubles; exact for every dtype except int64 values beyond 2^53, which round
     * to the nearest double.
     */
    public double[] toDoubleArray() {
        int n = elementCount();
        double[] out = new double[n];
        for (int i = 0; i < n; i++) {
            out[i] = switch (dtype) {
                case UINT8 -> data[i] & 0xFF;
                case INT32 -> (int) readLe(data, i * 4, 4);
                case INT64 -> readLe(data, i * 8, 8);
                case FLOAT32 -> Float.intBitsToFloat((int) readLe(data, i * 4, 4));
                case FLOAT64 -> Double.longBitsToDouble(readLe(data, i * 8, 8));
            };
        }
        return out;
    }

    /**
     * The elements of a float32 array as they are stored, for network outputs read back without
     * widening.
     *
     * @throws IllegalStateException for any other dtype
     */
    public float[] toFloatArray() {
        if (dtype != NpyDType.FLOAT32) {
            throw new IllegalStateException(dtype + " elements are not float32");
        }
        float[] out = new float[elementCount()];
        ByteBuffer.wrap(data).order(ByteOrder.LITTLE_ENDIAN).asFloatBuffer().get(out);
        return out;
    }

    /** The little-endian integer of {@code bytes} bytes at {@code off}, sign-extended from its top byte. */
    private static long readLe(byte[] b, int off, int bytes) {
        long v = b[off + bytes - 1];
        for (int k = bytes - 2; k >= 0; k--) {
            v = (v << 8) | (b[off + k] & 0xFFL);
        }
        return v;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof NpyArray a && a.dtype == dtype && Arrays.equals(a.shape, shape) && Arrays.equals(a.data, data);
    }

    @Override
    public int hashCode() {
        return 31 * Arrays.hashCode(shape) + dtype.hashCode();
    }

    @Override
    public String toString() {
        return "NpyArray[" + dtype + " " + shapeString() + "]";
    }
}
