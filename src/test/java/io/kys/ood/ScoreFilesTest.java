package io.kys.ood;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.kys.KysException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ScoreFilesTest {
    @TempDir
    Path dir;

    @Test
    void writeThenReadGivesIdenticalDoubles() throws IOException {
        Random random = new Random(4);
        double[] scores = new double[500];
        for (int i = 0; i < scores.length; i++) {
            scores[i] = random.nextGaussian() * Math.pow(10, random.nextInt(40) - 20);
        }
        scores[0] = Double.MIN_VALUE;
        scores[1] = -Double.MAX_VALUE;
        scores[2] = -0.0;
        scores[3] = 0.1 + 0.2;
        Path file = dir.resolve("scores_energy_In.txt");
        ScoreFiles.write(file, scores);
        double[] back = ScoreFiles.read(file);
        assertEquals(scores.length, back.length);
        for (int i = 0; i < scores.length; i++) {
            assertEquals(Double.doubleToRawLongBits(scores[i]), Double.doubleToRawLongBits(back[i]), "score " + i);
        }
        assertEquals(scores.length, Files.readAllLines(file).size(), "one score a line");
        try (Stream<Path> left = Files.list(dir)) {
            assertEquals(1, left.count(), "no temporary file left beside the result");
        }
    }

    @Test
    void readsNumpySavetxtFormatAndSkipsBlankLines() throws IOException {
        Path file = dir.resolve("scores.txt");
        Files.writeString(file, "1.811161731000000029e+01\n-7.5\n\n  +3 \n.5\n");
        assertArrayEquals(new double[] {18.11161731000000029, -7.5, 3, 0.5}, ScoreFiles.read(file));
    }

    @Test
    void missingFileNamesThePath() {
        Path file = dir.resolve("nope.txt");
        KysException e = assertThrows(KysException.class, () -> ScoreFiles.read(file));
        assertEquals("score file " + file + " not found", e.getMessage());
    }

    @Test
    void emptyFileIsRefused() throws IOException {
        Path file = dir.resolve("empty.txt");
        Files.writeString(file, "\n  \n");
        KysException e = assertThrows(KysException.class, () -> ScoreFiles.read(file));
        assertTrue(e.getMessage().startsWith("score file " + file + " holds no scores"), e.getMessage());
        assertTrue(e.getMessage().lines().count() == 1);
    }

    @Test
    void nonNumericLineIsNamedByNumber() throws IOException {
        Path file = dir.resolve("bad.txt");
        Files.writeString(file, "0.5\n1.5\n0.3 0.4\n");
        KysException e = assertThrows(KysException.class, () -> ScoreFiles.read(file));
        assertEquals("score file " + file + " line 3: '0.3 0.4' is not a number", e.getMessage());
    }

    @Test
    void nanAndInfinityAreRefused() throws IOException {
        for (String bad : new String[] {"nan", "NaN", "-inf", "Infinity", "1e999"}) {
            Path file = dir.resolve("nonfinite.txt");
            Files.writeString(file, "0.5\n" + bad + "\n");
            KysException e = assertThrows(KysException.class, () -> ScoreFiles.read(file), bad);
            assertTrue(e.getMessage().contains("line 2: ") && e.getMessage().contains("is not a finite score"),
                    e.getMessage());
        }
    }

    @Test
    void writingNonFiniteOrNothingIsRefused() {
        Path file = dir.resolve("out.txt");
        KysException nan = assertThrows(KysException.class, () -> ScoreFiles.write(file, new double[] {1, Double.NaN}));
        assertTrue(nan.getMessage().contains("score 1 is NaN"), nan.getMessage());
        assertThrows(KysException.class, () -> ScoreFiles.write(file, new double[0]));
        assertTrue(Files.notExists(file));
    }
}
