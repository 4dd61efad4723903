package io.kys.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import io.kys.TestData;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MetricsCommandTest {
    @TempDir
    Path dir;

    private static CliRun kys(String... args) {
        return CliRun.of(args);
    }

    private Path file(String name, String text) throws IOException {
        return Files.writeString(dir.resolve(name), text);
    }

    @Test
    void jsonOfHandWorkedCase() throws IOException {
        // ID {3, 2, 2}, OOD {2, 1}: the values worked out in OodMetricsTest.
        Path in = file("in.txt", "3\n2\n2\n");
        Path out = file("out.txt", "2\n1\n");
        CliRun run = kys("metrics", "--in", in.toString(), "--out", out.toString(), "--json");
        assertEquals(0, run.exitCode(), run.err());
        JsonObject json = JsonParser.parseString(run.out()).getAsJsonObject();
        assertEquals(5.0 / 6, json.get("auroc").getAsDouble(), 1e-15);
        assertEquals(0.75, json.get("aupr_out").getAsDouble(), 1e-15);
        assertEquals(0.5, json.get("fpr_at_95_tpr").getAsDouble(), 1e-15);
        assertEquals(0.25, json.get("detection_error").getAsDouble(), 1e-15);
        assertEquals(1.0 / 3 + 0.5, json.get("aupr_in").getAsDouble(), 1e-15);
        assertEquals(3, json.get("n_in").getAsInt());
        assertTrue(!json.has("auroc_ci"), "no interval without --bootstrap");
    }

    @Test
    void jsonMatchesGoldenValuesWithInterval() throws IOException {
        Path folder = TestData.goldenDir().resolve("metrics");
        JsonObject expected = JsonParser.parseString(Files.readString(folder.resolve("expected.json")))
                .getAsJsonObject().getAsJsonObject("energy_like");
        CliRun run = kys("metrics", "--in", folder.resolve("energy_like_in.txt").toString(),
                "--out", folder.resolve("energy_like_out.txt").toString(), "--json", "--bootstrap", "200", "--seed", "3");
        assertEquals(0, run.exitCode(), run.err());
        JsonObject json = JsonParser.parseString(run.out()).getAsJsonObject();
        for (String key : new String[] {"auroc", "aupr_in", "aupr_out", "fpr_at_95_tpr", "detection_error"}) {
            assertEquals(expected.get(key).getAsDouble(), json.get(key).getAsDouble(), 1e-9, key);
        }
        JsonArray ci = json.getAsJsonArray("auroc_ci");
        double auroc = json.get("auroc").getAsDouble();
        assertTrue(ci.get(0).getAsDouble() < auroc && auroc < ci.get(1).getAsDouble(), ci.toString());
        CliRun again = kys("metrics", "--in", folder.resolve("energy_like_in.txt").toString(),
                "--out", folder.resolve("energy_like_out.txt").toString(), "--json", "--bootstrap", "200", "--seed", "3");
        assertEquals(run.out(), again.out(), "same seed, same output");
    }

    @Test
    void tableNamesEveryMetric() throws IOException {
        Path in = file("in.txt", "3\n2\n2\n");
        Path out = file("out.txt", "2\n1\n");
        CliRun run = kys("metrics", "--in", in.toString(), "--out", out.toString(), "--bootstrap", "50");
        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.out().contains("AUROC               0.8333  95% CI ["), run.out());
        for (String name : new String[] {"AUPR-In", "AUPR-Out", "FPR at 95% TPR", "Detection error"}) {
            assertTrue(run.out().contains(name), name + " missing from\n" + run.out());
        }
    }

    @Test
    void missingFileIsOneLineError() throws IOException {
        Path out = file("out.txt", "2\n1\n");
        CliRun run = kys("metrics", "--in", dir.resolve("absent.txt").toString(), "--out", out.toString());
        assertEquals(1, run.exitCode());
        assertEquals("error: score file " + dir.resolve("absent.txt") + " not found", run.err().strip());
        assertEquals("", run.out());
    }

    @Test
    void badLineIsOneLineErrorWithLineNumber() throws IOException {
        Path in = file("in.txt", "3\n2\noops\n");
        Path out = file("out.txt", "2\n1\n");
        CliRun run = kys("metrics", "--in", in.toString(), "--out", out.toString(), "--json");
        assertNotEquals(0, run.exitCode());
        assertEquals(1, run.err().strip().lines().count(), run.err());
        assertTrue(run.err().contains("line 3: 'oops' is not a number"), run.err());
    }

    @Test
    void zeroResamplesIsRefused() throws IOException {
        Path in = file("in.txt", "3\n");
        Path out = file("out.txt", "2\n");
        CliRun run = kys("metrics", "--in", in.toString(), "--out", out.toString(), "--bootstrap", "0");
        assertEquals(1, run.exitCode());
        assertEquals("error: --bootstrap must be at least 1, got 0", run.err().strip());
    }
}
