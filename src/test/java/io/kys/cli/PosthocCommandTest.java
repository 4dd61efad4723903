package io.kys.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonObject;
import io.kys.data.NpzWriter;
import io.kys.ood.detect.GoldenDetectorCases;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/** {@code kys posthoc} on the golden folder, on its {@code .npy} copy, and on bad input. */
class PosthocCommandTest {
    private static final String[] FILES = {"train_features", "train_labels", "test_features", "test_logits",
        "fc_weight", "fc_bias"};

    @TempDir
    Path dir;

    private static String[] args(Path folder, GoldenDetectorCases.Case c) {
        List<String> args = new ArrayList<>(List.of("posthoc", "--features", folder.toString(), "--detector", c.detector()));
        c.params().forEach((k, v) -> args.addAll(List.of("--param", k + "=" + v)));
        return args.toArray(String[]::new);
    }

    private static void assertScores(double[] want, CliRun run, String label) {
        assertEquals(0, run.exitCode(), run.err());
        List<String> lines = run.out().strip().lines().toList();
        assertEquals(want.length, lines.size(), label + ": one score a line");
        for (int i = 0; i < want.length; i++) {
            assertEquals(want[i], Double.parseDouble(lines.get(i)), GoldenDetectorCases.TOLERANCE, label + " line " + (i + 1));
        }
    }

    @TestFactory
    Stream<DynamicTest> goldenCasesFromTheCommandLine() {
        JsonObject document = GoldenDetectorCases.document();
        Path folder = GoldenDetectorCases.folder();
        return GoldenDetectorCases.CASES.stream().map(c -> DynamicTest.dynamicTest(c.key(),
                () -> assertScores(GoldenDetectorCases.expected(document, c.key()), CliRun.of(args(folder, c)), c.key())));
    }

    @Test
    void npyFilesReadLikeText() throws IOException {
        Path golden = GoldenDetectorCases.folder();
        for (String name : FILES) {
            List<double[]> rows = golden(golden.resolve(name + ".txt"));
            int cols = rows.get(0).length;
            boolean vector = name.equals("train_labels") || name.equals("fc_bias");
            ByteBuffer bytes = ByteBuffer.allocate(rows.size() * cols * 8).order(ByteOrder.LITTLE_ENDIAN);
            rows.forEach(r -> { for (double v : r) { bytes.putDouble(v); } });
            long[] shape = vector ? new long[] {rows.size()} : new long[] {rows.size(), cols};
            if (name.equals("train_labels")) {
                ByteBuffer ints = ByteBuffer.allocate(rows.size() * 8).order(ByteOrder.LITTLE_ENDIAN);
                rows.forEach(r -> ints.putLong((long) r[0]));
                Files.write(dir.resolve(name + ".npy"), NpzWriter.npy(1, "<i8", false, shape, ints.array()));
            } else {
                Files.write(dir.resolve(name + ".npy"), NpzWriter.npy(1, "<f8", false, shape, bytes.array()));
            }
        }
        JsonObject document = GoldenDetectorCases.document();
        for (GoldenDetectorCases.Case c : GoldenDetectorCases.CASES) {
            assertScores(GoldenDetectorCases.expected(document, c.key()), CliRun.of(args(dir, c)), c.key() + " (.npy)");
        }
        // Without test_logits the head computes them; the golden logits are exactly that.
        Files.delete(dir.resolve("test_logits.npy"));
        GoldenDetectorCases.Case energy = GoldenDetectorCases.CASES.get(0);
        assertScores(GoldenDetectorCases.expected(document, energy.key()), CliRun.of(args(dir, energy)), "computed logits");
    }

    private static List<double[]> golden(Path file) throws IOException {
        return Files.readAllLines(file).stream().filter(l -> !l.isBlank())
                .map(l -> Stream.of(l.trim().split("\\s+")).mapToDouble(Double::parseDouble).toArray()).toList();
    }

    private void copyGolden() throws IOException {
        for (String name : FILES) {
            Files.copy(GoldenDetectorCases.folder().resolve(name + ".txt"), dir.resolve(name + ".txt"));
        }
    }

    private static void assertOneLineError(CliRun run, String message) {
        assertEquals(1, run.exitCode(), run.out());
        assertEquals("error: " + message, run.err().strip());
        assertEquals("", run.out());
    }

    @Test
    void unknownDetectorOrKeyIsOneLineListingTheValidOnes() {
        String folder = GoldenDetectorCases.folder().toString();
        assertOneLineError(CliRun.of("posthoc", "--features", folder, "--detector", "mahalanobis2"),
                "unknown detector 'mahalanobis2'; choose one of energy, msp, maxlogit, entropy, gen, odin, mahalanobis,"
                        + " knn, vim, react, dice");
        assertOneLineError(CliRun.of("posthoc", "--features", folder, "--detector", "knn", "--param", "K=10"),
                "unknown parameter 'K' for detector knn; its parameters: k (default 50)");
        assertOneLineError(CliRun.of("posthoc", "--features", folder, "--detector", "odin"),
                "detector odin: needs the network inputs and their gradients (Samples.withNetwork);"
                        + " features and logits alone cannot score it");
    }

    @Test
    void nanFeatureIsATypedErrorNamingTheDetector() throws IOException {
        copyGolden();
        List<String> lines = new ArrayList<>(Files.readAllLines(dir.resolve("train_features.txt")));
        String[] values = lines.get(3).trim().split("\\s+");
        values[5] = "nan";
        lines.set(3, String.join(" ", values));
        Files.write(dir.resolve("train_features.txt"), lines);
        assertOneLineError(CliRun.of("posthoc", "--features", dir.toString(), "--detector", "knn", "--param", "k=10"),
                "detector knn cannot be fitted: training feature [row 3, column 5] is NaN");
        CliRun energy = CliRun.of("posthoc", "--features", dir.toString(), "--detector", "energy");
        assertEquals(0, energy.exitCode(), "energy reads the given test logits and needs no training feature");
    }

    @Test
    void listShowsEveryDetectorWithDefaults() {
        CliRun run = CliRun.of("posthoc", "--list");
        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.out().contains("odin: T (default 1000), epsilon (default 0.0014)"), run.out());
        assertEquals(11, run.out().strip().lines().count(), run.out());
        assertOneLineError(CliRun.of("posthoc", "--detector", "knn"),
                "posthoc needs --features DIR and --detector NAME (or --list)");
        assertTrue(CliRun.of("posthoc", "--help").out().contains("energy, msp, maxlogit"), "names in the help");
    }
}
