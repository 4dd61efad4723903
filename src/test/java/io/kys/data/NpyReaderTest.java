package io.kys.data;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.kys.KysException;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class NpyReaderTest {
    @TempDir
    Path dir;

    private static NpyArray parse(byte[] npy) throws IOException {
        return NpyReader.read(new ByteArrayInputStream(npy), npy.length, "test.npy");
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 2, 3})
    void readsAllFormatVersions(int version) throws IOException {
        byte[] data = {1, 2, 3, 4, 5, (byte) 250};
        NpyArray a = parse(NpzWriter.npy(version, "|u1", false, new long[] {2, 3}, data));
        assertArrayEquals(new int[] {2, 3}, a.shape());
        assertEquals(NpyDType.UINT8, a.dtype());
        assertArrayEquals(new int[] {1, 2, 3, 4, 5, 250}, a.toIntArray());
    }

    @Test
    void readsInt64LabelsAndOneDimensionalShapes() throws IOException {
        NpyArray a = parse(NpzWriter.int64(new long[] {3}, new long[] {0, 7, 123456}));
        assertEquals(NpyDType.INT64, a.dtype());
        assertEquals("(3,)", a.shapeString());
        assertArrayEquals(new int[] {0, 7, 123456}, a.toIntArray());
    }

    @Test
    void readsPlainFile() throws IOException {
        Path f = dir.resolve("a.npy");
        Files.write(f, NpzWriter.uint8(new long[] {2, 2}, new byte[] {9, 8, 7, 6}));
        assertArrayEquals(new int[] {9, 8, 7, 6}, NpyReader.read(f).toIntArray());
    }

    @Test
    void missingFileIsOneLine() {
        KysException e = assertThrows(KysException.class, () -> NpyReader.read(dir.resolve("nope.npy")));
        assertEquals(dir.resolve("nope.npy") + " not found", e.getMessage());
    }

    @Test
    void corruptHeaderIsReported() {
        byte[] badDict = NpzWriter.npyWithHeaderText(1, "{'descr': '|u1', 'fortran_order': Maybe, 'shape': (2,), }",
                new byte[] {1, 2});
        KysException e = assertThrows(KysException.class, () -> parse(badDict));
        assertTrue(e.getMessage().startsWith("corrupt .npy header in test.npy: unexpected value"), e.getMessage());

        byte[] noMagic = NpzWriter.uint8(new long[] {2}, new byte[] {1, 2});
        noMagic[1] = 'X';
        assertTrue(assertThrows(KysException.class, () -> parse(noMagic)).getMessage().contains("magic"));

        byte[] noShape = NpzWriter.npyWithHeaderText(1, "{'descr': '|u1', 'fortran_order': False, }", new byte[0]);
        assertTrue(assertThrows(KysException.class, () -> parse(noShape)).getMessage().contains("no 'shape'"));

        byte[] cut = Arrays.copyOf(NpzWriter.uint8(new long[] {2}, new byte[] {1, 2}), 20);
        assertTrue(assertThrows(KysException.class, () -> parse(cut)).getMessage().contains("cut off"));
    }

    @Test
    void readsFloatAndInt32ArraysAsDoubles() throws IOException {
        ByteBuffer f4 = ByteBuffer.allocate(8).order(ByteOrder.LITTLE_ENDIAN).putFloat(1.5f).putFloat(-0.1f);
        NpyArray a = parse(NpzWriter.npy(1, "<f4", false, new long[] {1, 2}, f4.array()));
        assertEquals(NpyDType.FLOAT32, a.dtype());
        assertArrayEquals(new double[] {1.5, (double) -0.1f}, a.toDoubleArray());
        assertThrows(IllegalStateException.class, a::toIntArray, "floats are not labels");

        ByteBuffer f8 = ByteBuffer.allocate(16).order(ByteOrder.LITTLE_ENDIAN).putDouble(Math.PI).putDouble(Double.NaN);
        double[] doubles = parse(NpzWriter.npy(1, "<f8", false, new long[] {2}, f8.array())).toDoubleArray();
        assertEquals(Math.PI, doubles[0]);
        assertTrue(Double.isNaN(doubles[1]), "NaN is read as NaN; callers decide whether it is allowed");

        ByteBuffer i4 = ByteBuffer.allocate(8).order(ByteOrder.LITTLE_ENDIAN).putInt(-3).putInt(70000);
        NpyArray ints = parse(NpzWriter.npy(1, "<i4", false, new long[] {2}, i4.array()));
        assertArrayEquals(new int[] {-3, 70000}, ints.toIntArray());
        assertArrayEquals(new double[] {-3, 70000}, ints.toDoubleArray());
    }

    @Test
    void unsupportedDtypeIsNamed() {
        byte[] halfs = NpzWriter.npy(1, "<f2", false, new long[] {1}, new byte[2]);
        KysException e = assertThrows(KysException.class, () -> parse(halfs));
        assertTrue(e.getMessage().startsWith("unsupported dtype '<f2' in test.npy"), e.getMessage());
        byte[] bigEndian = NpzWriter.npy(1, ">i8", false, new long[] {1}, new byte[8]);
        assertTrue(assertThrows(KysException.class, () -> parse(bigEndian)).getMessage().contains("'>i8'"));
    }

    @Test
    void fortranOrderIsRefused() {
        byte[] f = NpzWriter.npy(1, "|u1", true, new long[] {2, 3}, new byte[6]);
        KysException e = assertThrows(KysException.class, () -> parse(f));
        assertTrue(e.getMessage().contains("Fortran order"), e.getMessage());
    }

    @Test
    void shapeFarLargerThanTheBytesFailsBeforeAllocating() {
        // 10^12 elements would need a terabyte; the check against the available bytes must come first.
        byte[] huge = NpzWriter.npy(1, "|u1", false, new long[] {1_000_000, 1_000, 1_000}, new byte[16]);
        KysException e = assertThrows(KysException.class, () -> parse(huge));
        assertTrue(e.getMessage().contains("declares shape (1000000, 1000, 1000) (1000000000000 bytes) but holds only 16"),
                e.getMessage());
        byte[] overflow = NpzWriter.npy(1, "<i8", false, new long[] {Long.MAX_VALUE / 2, 4}, new byte[8]);
        assertTrue(assertThrows(KysException.class, () -> parse(overflow)).getMessage().contains("impossible shape"));
    }

    @Test
    void truncatedDataIsReported() {
        byte[] full = NpzWriter.uint8(new long[] {10}, new byte[10]);
        byte[] cut = Arrays.copyOf(full, full.length - 3);
        // The stream claims the full length (as a zip entry's size would) but ends early.
        KysException e = assertThrows(KysException.class,
                () -> NpyReader.read(new ByteArrayInputStream(cut), full.length, "cut.npy"));
        assertEquals("cut.npy is truncated: expected 10 data bytes, found 7", e.getMessage());
    }
}
