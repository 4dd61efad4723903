package io.kys.data;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * Writes {@code .npy} arrays (format 1.0, C order, little-endian) of float32, float64 and int32, the
 * types kys stores for network outputs, scores and labels; {@link NpyReader} and numpy read them back.
 */
public final class NpyWriter {
    private static final byte[] MAGIC = {(byte) 0x93, 'N', 'U', 'M', 'P', 'Y', 1, 0};
    /** numpy pads the header so that the data start at a multiple of this. */
    private static final int ALIGNMENT = 64;

    private NpyWriter() { }

    /**
     * The bytes of a float32 array of {@code shape}.
     *
     * @throws IllegalArgumentException when the shape does not hold {@code values.length} elements
     */
    public static byte[] float32(float[] values, int... shape) {
        requireSize(values.length, shape);
        ByteBuffer data = ByteBuffer.allocate(values.length * Float.BYTES).order(ByteOrder.LITTLE_ENDIAN);
        data.asFloatBuffer().put(values);
        return npy("<f4", shape, data.array());
    }

    /**
     * The bytes of a float64 array of {@code shape}.
     *
     * @throws IllegalArgumentException when the shape does not hold {@code values.length} elements
     */
    public static byte[] float64(double[] values, int... shape) {
        requireSize(values.length, shape);
        ByteBuffer data = ByteBuffer.allocate(values.length * Double.BYTES).order(ByteOrder.LITTLE_ENDIAN);
        data.asDoubleBuffer().put(values);
        return npy("<f8", shape, data.array());
    }

    /**
     * The bytes of an int32 array of {@code shape}.
     *
     * @throws IllegalArgumentException when the shape does not hold {@code values.length} elements
     */
    public static byte[] int32(int[] values, int... shape) {
        requireSize(values.length, shape);
        ByteBuffer data = ByteBuffer.allocate(values.length * Integer.BYTES).order(ByteOrder.LITTLE_ENDIAN);
        data.asIntBuffer().put(values);
        return npy("<i4", shape, data.array());
    }

    private static void requireSize(int length, int[] shape) {
        long n = 1;
        for (int d : shape) {
            n *= d;
        }
        if (n != length) {
            throw new IllegalArgumentException("shape " + Arrays.toString(shape) + " holds " + n + " values, got " + length);
        }
    }

    private static byte[] npy(String descr, int[] shape, byte[] data) {
        String dims = NpyHeader.formatShape(Arrays.stream(shape).asLongStream().toArray());
        byte[] dict = ("{'descr': '" + descr + "', 'fortran_order': False, 'shape': " + dims + ", }")
                .getBytes(StandardCharsets.ISO_8859_1);
        int prefix = MAGIC.length + 2;
        // The header ends in a newline and is padded with spaces up to the alignment.
        int headerLength = ((prefix + dict.length + 1 + ALIGNMENT - 1) / ALIGNMENT) * ALIGNMENT - prefix;
        ByteBuffer out = ByteBuffer.allocate(prefix + headerLength + data.length).order(ByteOrder.LITTLE_ENDIAN);
        out.put(MAGIC);
        out.putShort((short) headerLength);
        out.put(dict);
        for (int i = dict.length; i < headerLength - 1; i++) {
            out.put((byte) ' ');
        }
        out.put((byte) '\n');
        out.put(data);
        return out.array();
    }
}
