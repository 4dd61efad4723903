package io.kys.data;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.kys.KysException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AuthorsCsvSplitTest {
    @TempDir
    Path dir;

    private MedMnistDataset data;

    @BeforeEach
    void toy() {
        // concatenated labels: train 0,1,2,0 | val 1,2 | test 0,2,1  (global indices 0..8)
        data = OpenSetSplitTest.tagged("toymnist", new int[][] {{0, 1, 2, 0}, {1, 2}, {0, 2, 1}}, List.of("a", "b", "c"));
    }

    private void write(String file, String text) throws IOException {
        Files.writeString(dir.resolve(file), text);
    }

    @Test
    void followsTheReferenceUseOfTheFiles() throws IOException {
        write("toymnist_in_train.csv", ",index,labels\n0,0,0\n1,2,2\n2,3,0\n3,7,2\n");
        write("toymnist_in_val.csv", "index,labels\n6,0\n5,2\n");
        write("toymnist_out.csv", "index,labels\n1,1\n4,1\n8,1\n");
        OpenSetData o = AuthorsCsvSplit.read(dir, "toymnist", data);
        assertArrayEquals(new int[] {0, 2}, o.split().inClasses());
        assertArrayEquals(new int[] {1}, o.split().novelClasses());
        assertArrayEquals(new int[] {0, 1, 0, 1}, o.trainIn().labels());
        assertEquals(7, OpenSetSplitTest.tag(o.trainIn(), 3)); // global index 7 = test image 1
        assertArrayEquals(new int[] {0, 1}, o.valIn().labels());
        assertEquals(6, OpenSetSplitTest.tag(o.valIn(), 0));
        assertEquals(o.valIn(), o.testIn());
        assertArrayEquals(new int[] {1, 1, 1}, o.testNovel().labels());
        assertEquals(8, OpenSetSplitTest.tag(o.testNovel(), 2));
        assertTrue(o.origin().startsWith("authors' split files in "));
    }

    @Test
    void readsTheAuthorsSubfolderLayout() throws IOException {
        Path sub = Files.createDirectories(dir.resolve("toymnist"));
        Files.writeString(sub.resolve("toymnist_in_train.csv"), "index,labels\n0,0\n2,2\n");
        Files.writeString(sub.resolve("toymnist_in_val.csv"), "index,labels\n5,2\n");
        Files.writeString(sub.resolve("toymnist_out.csv"), "index,labels\n1,1\n");
        assertEquals(2, AuthorsCsvSplit.read(dir, "toymnist", data).trainIn().size());
    }

    @Test
    void labelMismatchPointsAtTheRelease() throws IOException {
        write("toymnist_in_train.csv", "index,labels\n0,0\n1,2\n");
        write("toymnist_in_val.csv", "index,labels\n5,2\n");
        write("toymnist_out.csv", "index,labels\n4,1\n");
        KysException e = assertThrows(KysException.class, () -> AuthorsCsvSplit.read(dir, "toymnist", data));
        assertTrue(e.getMessage().contains("toymnist_in_train.csv line 3: label 2 but toymnist.npz has label 1 at index 1;"
                + " the files were made for another release"), e.getMessage());
    }

    @Test
    void malformedFilesAreReported() throws IOException {
        write("toymnist_in_train.csv", "idx,label\n0,0\n");
        write("toymnist_in_val.csv", "index,labels\n5,2\n");
        write("toymnist_out.csv", "index,labels\n99,1\n");
        assertTrue(assertThrows(KysException.class, () -> AuthorsCsvSplit.read(dir, "toymnist", data)).getMessage()
                .endsWith("expected columns index and labels"));
        write("toymnist_in_train.csv", "index,labels\n0,0\n");
        assertTrue(assertThrows(KysException.class, () -> AuthorsCsvSplit.read(dir, "toymnist", data)).getMessage()
                .endsWith("line 2: index 99 is outside the 9 images of train+val+test"));
        Files.delete(dir.resolve("toymnist_out.csv"));
        assertTrue(assertThrows(KysException.class, () -> AuthorsCsvSplit.read(dir, "toymnist", data)).getMessage()
                .contains("toymnist_out.csv not found"));
    }
}
