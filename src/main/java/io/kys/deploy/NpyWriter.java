package io.kys.deploy;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;

/**
 * Writes little-endian {@code .npy} (format 1.0) arrays of float32 and int32, the two types a
 * bundle stores; {@link io.kys.data.NpyReader} and numpy read them back.
 */
final class NpyWriter {
    private NpyWriter() { }

    /** A float32 array of {@code shape}. */
    static byte[] float32(float[] values, int... shape) {
        ByteBuffer data = ByteBuffer.allocate(values.length * Float.BYTES).order(ByteOrder.LITTLE_ENDIAN);
        data.asFloatBuffer().put(values);
        return npy("<f4", shape, data.array());
    }

    /** An int32 array of {@code shape}. */
    static byte[] int32(int[] values, int... shape) {
        ByteBuffer data = ByteBuffer.allocate(values.length * Integer.BYTES).order(ByteOrder.LITTLE_ENDIAN);
        data.asIntBuffer().put(values);
        return npy("<i4", shape, data.array());
    }

    private static byte[] npy(String descr, int[] shape, byte[] data) {
        StringBuilder dims = new StringBuilder("(");
        for (int i = 0; i < shape.length; i++) {
            dims.append(shape[i]).append(shape.length == 1 ? "," : i < shape.length - 1 ? ", " : "");
        }
        dims.append(')');
        byte[] dict = ("{'descr': '" + descr + "', 'fortran_order': False, 'shape': " + dims + ", }")
                .getBytes(StandardCharsets.ISO_8859_1);
        int prefix = 10;
        // numpy pads the header with spaces and a newline so that the data starts at a multiple of 64.
        int headerLength = ((prefix + dict.length + 1 + 63) / 64) * 64 - prefix;
        ByteBuffer out = ByteBuffer.allocate(prefix + headerLength + data.length).order(ByteOrder.LITTLE_ENDIAN);
        out.put(new byte[] {(byte) 0x93, 'N', 'U', 'M', 'P', 'Y', 1, 0});
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
