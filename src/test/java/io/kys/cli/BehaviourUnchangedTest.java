package io.kys.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.kys.TestData;
import io.kys.ood.ScoreFiles;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The configuration refactor changed no number: a tiny `ours` run with kys's earlier pixel recipe
 * and fixed margins gives the energy scores recorded with the code before the refactor, up to the
 * rounding of another CPU's kernels
 * (version a04abba, same command without --pixel-recipe, which did not exist then).
 */
class BehaviourUnchangedTest {
    private static final double TOLERANCE = 1e-3;

    @TempDir
    Path tmp;

    @Test
    void scoresEqualTheOnesRecordedBeforeTheRefactor() throws IOException {
        String data = TestData.medmnistDir().toString();
        CliRun train = CliRun.of("train", "--in-dataset", "pneumoniamnist", "--data-dir", data, "--model-type", "wrn10_1",
                "--protocol", "ours", "--epochs", "2", "--steps-per-epoch", "3", "--train-limit", "300",
                "--batch-size", "32", "--seed", "3", "--ckpt-dir", tmp.resolve("ckpts").toString(), "--ckpt-name", "after",
                "--pixel-recipe", "kys", "--margins", "fixed");
        assertEquals(0, train.exitCode(), train.err());
        CliRun detect = CliRun.of("detect", "--in-dataset", "pneumoniamnist", "--data-dir", data, "--model-type",
                "wrn10_1", "--dir-name", "after", "--checkpoint", "last", "--out-datasets", "breastmnist",
                "--bootstrap", "0", "--ckpt-dir", tmp.resolve("ckpts").toString(), "--results-dir",
                tmp.resolve("results").toString());
        assertEquals(0, detect.exitCode(), detect.err());
        Path pair = tmp.resolve("results/wrn10_1/pneumoniamnist/after/breastmnist");
        assertClose(ScoreFiles.read(recorded("scores_energy_In.txt")), ScoreFiles.read(pair.resolve("scores_energy_In.txt")));
        assertClose(ScoreFiles.read(recorded("scores_energy_Out.txt")), ScoreFiles.read(pair.resolve("scores_energy_Out.txt")));
    }

    /**
     * Equal up to the rounding of the CPU's kernels: the scores were recorded on an Intel Xeon
     * with AVX-512, and on an AMD EPYC the same run differs from them by at most 1.3e-4 (in scores
     * of about 0.64); the tolerance is a little under ten times that.
     */
    private static void assertClose(double[] expected, double[] actual) {
        assertEquals(expected.length, actual.length);
        double worst = 0;
        for (int i = 0; i < expected.length; i++) {
            worst = Math.max(worst, Math.abs(expected[i] - actual[i]));
        }
        assertTrue(worst <= TOLERANCE, "largest difference from the recorded scores " + worst);
    }

    private Path recorded(String name) throws IOException {
        Path file = tmp.resolve("recorded-" + name);
        try (InputStream in = getClass().getResourceAsStream("/io/kys/regression/" + name)) {
            Files.copy(in, file);
        }
        return file;
    }
}
