package io.kys.ood.detect;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.kys.KysException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Reading a feature folder: optional logits, savetxt's formats, and errors naming file and line. */
class FeatureFolderTest {
    @TempDir
    Path dir;

    private void write(String name, String text) throws IOException {
        Files.writeString(dir.resolve(name), text);
    }

    private void smallFolder() throws IOException {
        write("train_features.txt", "# written by numpy.savetxt\n1 0\n0 1\n\n1 1\n");
        write("train_labels.txt", "0.000000000000000000e+00\n1\n1\n");
        write("test_features.txt", "2 0\n");
        write("fc_weight.txt", "1 0\n0 1\n");
        write("fc_bias.txt", "0.5\n-0.5\n");
    }

    @Test
    void missingLogitsAreComputedByTheHead() throws IOException {
        smallFolder();
        FeatureFolder folder = FeatureFolder.read(dir);
        assertArrayEquals(new int[] {0, 1, 1}, folder.train().labels());
        assertArrayEquals(new double[] {2.5, -0.5}, folder.test().logits().toArray());
        assertArrayEquals(new double[] {1.5, 0.5}, folder.train().logits().row(2));
    }

    @Test
    void raggedRowsAndWordsAreNamedWithTheirLine() throws IOException {
        smallFolder();
        write("test_features.txt", "2 0\n1\n");
        KysException ragged = assertThrows(KysException.class, () -> FeatureFolder.read(dir));
        assertEquals(dir.resolve("test_features.txt") + " line 2 has 1 values, line 1 has 2", ragged.getMessage());
        write("test_features.txt", "2 zero\n");
        assertEquals(dir.resolve("test_features.txt") + " line 1: 'zero' is not a number",
                assertThrows(KysException.class, () -> FeatureFolder.read(dir)).getMessage());
        write("test_features.txt", "2 0\n");
        write("train_labels.txt", "0\n1.5\n1\n");
        assertTrue(assertThrows(KysException.class, () -> FeatureFolder.read(dir)).getMessage()
                .endsWith("train_labels.txt value 2 is 1.5; labels must be class indices"));
    }

    @Test
    void missingOrAmbiguousFilesAreNamed() throws IOException {
        smallFolder();
        Files.delete(dir.resolve("fc_bias.txt"));
        assertTrue(assertThrows(KysException.class, () -> FeatureFolder.read(dir)).getMessage()
                .startsWith(dir + " has no fc_bias.txt or fc_bias.npy"));
        write("fc_bias.txt", "0\n0\n");
        write("fc_bias.npy", "");
        assertEquals(dir + " has both fc_bias.txt and fc_bias.npy; keep one so it is clear which is read",
                assertThrows(KysException.class, () -> FeatureFolder.read(dir)).getMessage());
        assertEquals("feature folder " + dir.resolve("absent") + " not found",
                assertThrows(KysException.class, () -> FeatureFolder.read(dir.resolve("absent"))).getMessage());
    }

    @Test
    void shapesThatDisagreeAreNamed() throws IOException {
        smallFolder();
        write("fc_weight.txt", "1 0 0\n0 1 0\n");
        assertEquals(dir + ": fc_weight has 3 columns, train_features 2 and test_features 2; they must be equal",
                assertThrows(KysException.class, () -> FeatureFolder.read(dir)).getMessage());
    }
}
