package io.kys.data;

import java.util.Arrays;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The header of a {@code .npy} array: format version, element type, memory order and shape.
 *
 * @param majorVersion {@code .npy} format version (1, 2 or 3)
 * @param descr numpy type string, e.g. {@code |u1}
 * @param fortranOrder true when the data is stored column-major
 * @param shape dimensions (empty for a scalar)
 * @param dataOffset bytes from the start of the file to the first data byte
 */
public record NpyHeader(int majorVersion, String descr, boolean fortranOrder, long[] shape, int dataOffset) {
    /** Keeps a private copy of the shape, so the header stays immutable. */
    public NpyHeader {
        shape = shape.clone();
    }

    /** A copy of the dimensions. */
    @Override
    public long[] shape() {
        return shape.clone();
    }

    /** The number of dimensions. */
    public int ndim() {
        return shape.length;
    }

    /** The size of dimension {@code i}. */
    public long dim(int i) {
        return shape[i];
    }

    /** The element type, if kys reads it. */
    public Optional<NpyDType> dtype() {
        return NpyDType.fromDescr(descr);
    }

    /** The number of elements, or -1 when the product overflows a long (a corrupt or hostile header). */
    public long elementCount() {
        long n = 1;
        for (long d : shape) {
            try {
                n = Math.multiplyExact(n, d);
            } catch (ArithmeticException e) {
                return -1;
            }
        }
        return n;
    }

    /** The shape as numpy prints it: {@code (546, 28, 28)}, {@code (5,)}, {@code ()}. */
    public String shapeString() {
        return formatShape(shape);
    }

    /** Formats dimensions as numpy prints a shape tuple. */
    public static String formatShape(long[] dims) {
        if (dims.length == 1) {
            return "(" + dims[0] + ",)";
        }
        return Arrays.stream(dims).mapToObj(Long::toString).collect(Collectors.joining(", ", "(", ")"));
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof NpyHeader h && h.majorVersion == majorVersion && h.descr.equals(descr)
                && h.fortranOrder == fortranOrder && Arrays.equals(h.shape, shape) && h.dataOffset == dataOffset;
    }

    @Override
    public int hashCode() {
        return 31 * descr.hashCode() + Arrays.hashCode(shape);
    }

    @Override
    public String toString() {
        return "NpyHeader[v" + majorVersion + ", " + descr + ", " + (fortranOrder ? "F" : "C") + ", " + shapeString() + "]";
    }
}
