package io.kys.data;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.kys.KysException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class NpzArchiveTest {
    @TempDir
    Path dir;

    private static Map<String, byte[]> twoArrays() {
        Map<String, byte[]> m = new LinkedHashMap<>();
        m.put("a", NpzWriter.uint8(new long[] {2, 2}, new byte[] {1, 2, 3, 4}));
        m.put("b", NpzWriter.int64(new long[] {2, 1}, new long[] {5, 6}));
        return m;
    }

    @ParameterizedTest
    @ValueSource(booleans = {true, false})
    void readsStoredAndDeflatedEntries(boolean deflate) throws IOException {
        Path f = NpzWriter.npz(dir.resolve("x.npz"), twoArrays(), deflate);
        try (NpzArchive npz = NpzArchive.open(f)) {
            assertEquals(List.of("a", "b"), npz.arrayNames());
            assertEquals(deflate, npz.entries().get(0).compressed());
            assertEquals("(2, 2)", npz.header("a").shapeString());
            assertArrayEquals(new int[] {1, 2, 3, 4}, npz.read("a").toIntArray());
            assertArrayEquals(new int[] {5, 6}, npz.read("b").toIntArray());
        }
    }

    @Test
    void readsZip64Archives() throws IOException {
        Path f = NpzWriter.zip64(dir.resolve("z64.npz"), twoArrays());
        byte[] bytes = Files.readAllBytes(f);
        // The classic end record must point onward (0xFFFF entries), so only zip64 records locate the entries.
        assertEquals((byte) 0xFF, bytes[bytes.length - 14]);
        assertEquals(0x06064b50, java.nio.ByteBuffer.wrap(bytes, bytes.length - 98, 4)
                .order(java.nio.ByteOrder.LITTLE_ENDIAN).getInt());
        try (NpzArchive npz = NpzArchive.open(f)) {
            assertEquals(List.of("a", "b"), npz.arrayNames());
            assertArrayEquals(new int[] {5, 6}, npz.read("b").toIntArray());
        }
    }

    @Test
    void forgedEntrySizeIsRefusedBeforeAllocating() throws IOException {
        byte[] npy = NpzWriter.npy(1, "|u1", false, new long[] {1_000_000_000}, new byte[8]);
        Path f = NpzWriter.zip64(dir.resolve("forged.npz"), Map.of("a", npy));
        byte[] bytes = Files.readAllBytes(f);
        // The central entry starts after the local header (30 + 5 name + 20 extra bytes) and the data;
        // its zip64 extra field holds the uncompressed size 4 bytes after the field starts.
        int usize = 30 + 5 + 20 + npy.length + 46 + 5 + 4;
        java.nio.ByteBuffer.wrap(bytes).order(java.nio.ByteOrder.LITTLE_ENDIAN).putLong(usize, 1_000_000_128L);
        Files.write(f, bytes);
        try (NpzArchive npz = NpzArchive.open(f)) {
            KysException e = assertThrows(KysException.class, () -> npz.read("a"));
            assertTrue(e.getMessage().endsWith("is corrupt: it records 1000000128 bytes from " + npy.length + " stored bytes"),
                    e.getMessage());
        }
    }

    @Test
    void missingFile() {
        KysException e = assertThrows(KysException.class, () -> NpzArchive.open(dir.resolve("none.npz")));
        assertEquals(dir.resolve("none.npz") + " not found", e.getMessage());
    }

    @Test
    void truncatedZipIsReported() throws IOException {
        Path f = NpzWriter.npz(dir.resolve("t.npz"), twoArrays(), true);
        byte[] all = Files.readAllBytes(f);
        Files.write(f, Arrays.copyOf(all, all.length / 2));
        KysException e = assertThrows(KysException.class, () -> NpzArchive.open(f));
        assertTrue(e.getMessage().startsWith(f + " is not a readable .npz archive (truncated or not a zip file"),
                e.getMessage());
        assertFalse(e.getMessage().contains("\n"));
    }

    @Test
    void unsafeEntryNamesAreRefused() throws IOException {
        for (String bad : List.of("../evil", "/abs/x", "a/../../b")) {
            Map<String, byte[]> m = new LinkedHashMap<>(twoArrays());
            m.put(bad, NpzWriter.uint8(new long[] {1}, new byte[1]));
            Path f = NpzWriter.npz(dir.resolve("u.npz"), m, true);
            KysException e = assertThrows(KysException.class, () -> NpzArchive.open(f));
            assertTrue(e.getMessage().contains("unsafe entry name '" + bad + ".npy'"), e.getMessage());
        }
        assertFalse(NpzArchive.isUnsafe("train_images.npy"));
        assertFalse(NpzArchive.isUnsafe("dir/x..y.npy"));
        assertTrue(NpzArchive.isUnsafe("C:\\x.npy"));
    }

    @Test
    void missingArrayListsWhatIsThere() throws IOException {
        Path f = NpzWriter.npz(dir.resolve("x.npz"), twoArrays(), true);
        try (NpzArchive npz = NpzArchive.open(f)) {
            KysException e = assertThrows(KysException.class, () -> npz.read("c"));
            assertEquals(f + " has no array 'c' (it has: a, b)", e.getMessage());
        }
    }

    @Test
    void declaredShapeLargerThanEntryFailsEarly() throws IOException {
        Map<String, byte[]> m = new LinkedHashMap<>();
        m.put("big", NpzWriter.npy(2, "|u1", false, new long[] {50_000, 28, 28, 3}, new byte[100]));
        Path f = NpzWriter.npz(dir.resolve("big.npz"), m, true);
        try (NpzArchive npz = NpzArchive.open(f)) {
            KysException e = assertThrows(KysException.class, () -> npz.read("big"));
            assertTrue(e.getMessage().contains("big.npy in " + f + " declares shape (50000, 28, 28, 3)"), e.getMessage());
        }
    }
}
