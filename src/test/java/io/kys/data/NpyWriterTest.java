package io.kys.data;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** Arrays written by {@link NpyWriter} read back as written, with numpy's header layout. */
class NpyWriterTest {
    private static NpyArray read(byte[] bytes) throws IOException {
        return NpyReader.read(new ByteArrayInputStream(bytes), bytes.length, "test");
    }

    @Test
    void float32AndInt32RoundTrip() throws IOException {
        float[] values = {1.5f, -2.25f, Float.MIN_VALUE, 3e38f, 0f, -0f};
        NpyArray a = read(NpyWriter.float32(values, 2, 3));
        assertArrayEquals(new int[] {2, 3}, a.shape());
        assertEquals(NpyDType.FLOAT32, a.dtype());
        assertArrayEquals(values, a.toFloatArray());
        NpyArray b = read(NpyWriter.int32(new int[] {7, -1, Integer.MAX_VALUE}, 3));
        assertArrayEquals(new int[] {3}, b.shape());
        assertArrayEquals(new int[] {7, -1, Integer.MAX_VALUE}, b.toIntArray());
    }

    @Test
    void headerIsPaddedSoTheDataStartAtSixtyFourBytes() {
        byte[] bytes = NpyWriter.float32(new float[0], 0, 4);
        assertEquals(0, bytes.length % 64);
        String header = new String(bytes, 10, bytes.length - 10, StandardCharsets.ISO_8859_1);
        assertEquals("{'descr': '<f4', 'fortran_order': False, 'shape': (0, 4), }", header.strip());
        assertEquals('\n', header.charAt(header.length() - 1));
    }

    @Test
    void aShapeThatDoesNotHoldTheValuesIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> NpyWriter.float32(new float[5], 2, 3));
    }
}
