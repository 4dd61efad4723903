package io.kys.data;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.kys.KysException;
import io.kys.TestData;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class DatasetLoaderTest {
    @TempDir
    Path dir;

    @Test
    void loadsUsersFileWithDefaultNames() throws IOException {
        Path f = NpzWriter.medmnistNpz(dir.resolve("mine.npz"), new int[] {10, 4, 6}, 3, 4, 1);
        MedMnistDataset d = DatasetLoader.load(f.toString(), dir);
        assertEquals("mine", d.name());
        assertEquals(new SplitSizes(10, 4, 6), d.sizes());
        assertEquals(3, d.channels());
        assertEquals(List.of("class 0", "class 1", "class 2", "class 3"), d.classNames());
        assertEquals(Md5.ofFile(f), d.md5());
        assertEquals(f, d.file());
        // The pixels are the file's bytes: compare one image with the array written.
        try (NpzArchive npz = NpzArchive.open(f)) {
            byte[] raw = npz.read("val_images").data();
            byte[] second = new byte[28 * 28 * 3];
            System.arraycopy(raw, second.length, second, 0, second.length);
            assertArrayEquals(second, d.val().image(1).data());
            assertArrayEquals(npz.read("test_labels").toIntArray(), d.test().labels());
        }
    }

    @Test
    void classNamesFromSidecarOrOption() throws IOException {
        Path f = NpzWriter.medmnistNpz(dir.resolve("cells.npz"), new int[] {6, 3, 3}, 1, 3, 2);
        Files.writeString(dir.resolve("cells.labels.txt"), "red\n\nwhite \nplatelet\n");
        assertEquals(List.of("red", "white", "platelet"), DatasetLoader.load(f.toString(), dir).classNames());
        assertEquals(List.of("a", "b", "c", "d"), DatasetLoader.load(f.toString(), dir, List.of("a", "b", "c", "d")).classNames());
        KysException e = assertThrows(KysException.class, () -> DatasetLoader.load(f.toString(), dir, List.of("a", "b")));
        assertTrue(e.getMessage().contains("is outside 0..1"), e.getMessage());
    }

    @Test
    void acceptsInt64FlatLabelsAndMultiLabelColumns() throws IOException {
        Map<String, byte[]> arrays = NpzWriter.medmnistArrays(new int[] {3, 2, 2}, 28, 1, 2, 3);
        arrays.put("train_labels", NpzWriter.int64(new long[] {3}, new long[] {1, 0, 1}));
        Path f = NpzWriter.npz(dir.resolve("flat.npz"), arrays, false);
        assertArrayEquals(new int[] {1, 0, 1}, DatasetLoader.load(f.toString(), dir).train().labels());

        Map<String, byte[]> multi = NpzWriter.medmnistArrays(new int[] {2, 1, 1}, 28, 1, 2, 4);
        multi.put("train_labels", NpzWriter.uint8(new long[] {2, 3}, new byte[] {1, 0, 1, 0, 1, 1}));
        multi.put("val_labels", NpzWriter.uint8(new long[] {1, 3}, new byte[] {0, 0, 0}));
        multi.put("test_labels", NpzWriter.uint8(new long[] {1, 3}, new byte[] {1, 1, 1}));
        MedMnistDataset m = DatasetLoader.load(NpzWriter.npz(dir.resolve("multi.npz"), multi, true).toString(), dir);
        assertArrayEquals(new int[] {0b101, 0b110}, m.train().labels());
        assertEquals(3, m.numClasses());
    }

    @Test
    void catalogNameResolvesInDataDirAndMissingFileSaysHowToGetIt() {
        KysException e = assertThrows(KysException.class, () -> DatasetLoader.load("dermamnist", dir));
        assertEquals(dir.resolve("dermamnist.npz") + " not found; run `kys download dermamnist` or put the official file"
                + " there (MD5 0744692d530f8e62ec473284d019b0c7; --data-dir or KYS_DATA_DIR choose the folder)", e.getMessage());
        assertThrows(KysException.class, () -> DatasetLoader.load(dir.resolve("x/none.npz").toString(), dir));
    }

    @Test
    void unknownNameSuggests() {
        KysException e = assertThrows(KysException.class, () -> DatasetLoader.load("pathmnis", dir));
        assertEquals("unknown dataset 'pathmnis'; did you mean 'pathmnist'?", e.getMessage());
    }

    @Test
    void catalogFileWithWrongShapesIsRejected() throws IOException {
        NpzWriter.medmnistNpz(dir.resolve("bloodmnist.npz"), new int[] {10, 4, 6}, 3, 8, 5);
        KysException sizes = assertThrows(KysException.class, () -> DatasetLoader.load("bloodmnist", dir));
        assertEquals(dir.resolve("bloodmnist.npz") + " contradicts the catalog entry bloodmnist: train/val/test sizes"
                + " are 10/4/6, expected 11959/1712/3421", sizes.getMessage());

        NpzWriter.medmnistNpz(dir.resolve("retinamnist.npz"), new int[] {1080, 120, 400}, 1, 5, 6);
        KysException channels = assertThrows(KysException.class, () -> DatasetLoader.load("retinamnist", dir));
        assertTrue(channels.getMessage().endsWith("train_images has shape (1080, 28, 28), expected (N, 28, 28, 3)"),
                channels.getMessage());
    }

    @Test
    void organSizesMentionBothReleases() throws IOException {
        NpzWriter.medmnistNpz(dir.resolve("organcmnist.npz"), new int[] {5, 5, 5}, 1, 11, 7);
        KysException e = assertThrows(KysException.class, () -> DatasetLoader.load("organcmnist", dir));
        assertTrue(e.getMessage().endsWith("expected 12975/2392/8216 (or 13000/2392/8268 for MedMNIST v2)"), e.getMessage());
    }

    @Test
    void layoutErrorsNameTheArray() throws IOException {
        Map<String, byte[]> arrays = new LinkedHashMap<>(NpzWriter.medmnistArrays(new int[] {2, 2, 2}, 28, 1, 2, 8));
        arrays.remove("test_labels");
        Path f = NpzWriter.npz(dir.resolve("partial.npz"), arrays, true);
        KysException e = assertThrows(KysException.class, () -> DatasetLoader.load(f.toString(), dir));
        assertTrue(e.getMessage().contains("is not in the MedMNIST layout: no array 'test_labels'"), e.getMessage());

        Map<String, byte[]> floats = new LinkedHashMap<>(NpzWriter.medmnistArrays(new int[] {2, 2, 2}, 28, 1, 2, 9));
        floats.put("val_images", NpzWriter.npy(1, "<f4", false, new long[] {2, 28, 28}, new byte[2 * 28 * 28 * 4]));
        Path g = NpzWriter.npz(dir.resolve("floats.npz"), floats, true);
        KysException f2 = assertThrows(KysException.class, () -> DatasetLoader.load(g.toString(), dir));
        assertTrue(f2.getMessage().endsWith("val_images has dtype '<f4'; images must be uint8"), f2.getMessage());
    }

    @Test
    void recognizesFileReferences() {
        assertTrue(DatasetLoader.isFileReference("x.npz"));
        assertTrue(DatasetLoader.isFileReference("some/dir/blood"));
        assertFalse(DatasetLoader.isFileReference("bloodmnist"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"breastmnist", "pneumoniamnist", "retinamnist"})
    void realFilesMatchTheCatalog(String name) {
        Path file = TestData.npz(name);
        DatasetInfo info = MedMnistCatalog.standard().require(name);
        MedMnistDataset d = DatasetLoader.load(name, file.getParent());
        assertEquals(info.splits(), d.sizes());
        assertEquals(info.channels(), d.channels());
        assertEquals(28, d.train().height());
        assertEquals(info.classNames(), d.classNames());
        assertEquals(info.md5(), d.md5());
        for (Split s : Split.values()) {
            int[] counts = d.split(s).classCounts();
            assertTrue(counts.length <= info.numClasses());
            assertTrue(counts.length >= 2, "more than one class present in " + s);
        }
    }

    @Test
    void realFileByPathIsRecognizedByMd5() {
        MedMnistDataset d = DatasetLoader.load(TestData.npz("breastmnist").toString(), dir);
        assertEquals("breastmnist", d.name());
        assertEquals(List.of("malignant", "normal, benign"), d.classNames());
    }
}
