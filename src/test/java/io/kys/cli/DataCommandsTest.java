package io.kys.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpServer;
import io.kys.TestData;
import io.kys.data.NpzWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DataCommandsTest {
    @TempDir
    Path dir;

    @Test
    void inspectMissingFile() {
        Path missing = dir.resolve("absent.npz");
        CliRun r = CliRun.of("inspect", missing.toString());
        assertEquals(1, r.exitCode());
        assertEquals("error: " + missing + " not found", r.err().strip());
    }

    @Test
    void unknownDatasetSuggestsTheClosestName() {
        CliRun r = CliRun.of("info", "bloodmnst");
        assertEquals(1, r.exitCode());
        assertEquals("error: unknown dataset 'bloodmnst'; did you mean 'bloodmnist'?", r.err().strip());
        CliRun d = CliRun.of("download", "octmnst", "--data-dir", dir.toString());
        assertEquals(1, d.exitCode());
        assertEquals("error: unknown dataset 'octmnst'; did you mean 'octmnist'?", d.err().strip());
    }

    @Test
    void badNpzIsOneLine() throws IOException {
        Path bad = dir.resolve("bad.npz");
        Files.write(bad, "this is not a zip archive".getBytes());
        CliRun r = CliRun.of("inspect", bad.toString());
        assertEquals(1, r.exitCode());
        assertTrue(r.err().startsWith("error: " + bad + " is not a readable .npz archive"), r.err());
        assertEquals(1, r.err().strip().lines().count());
    }

    @Test
    void inspectShowsArraysAndCatalogMatch() throws IOException {
        Path own = NpzWriter.npz(dir.resolve("own.npz"),
                Map.of("x", NpzWriter.npy(1, "<f4", false, new long[] {2, 3}, new byte[24])), true);
        CliRun r = CliRun.of("inspect", own.toString());
        assertEquals(1, r.exitCode(), "an archive training cannot use is a failed inspection");
        assertTrue(r.out().contains("catalog  none (not a MedMNIST catalog file)"), r.out());
        assertTrue(r.out().lines().anyMatch(l -> l.matches("x +<f4 +\\(2, 3\\) +C +deflated +152")), r.out());
        String verdict = r.out().strip().lines().reduce((a, b) -> b).orElseThrow();
        assertTrue(verdict.startsWith("verdict  unusable: ") && verdict.contains("train_images"), verdict);

        CliRun real = CliRun.of("inspect", TestData.npz("retinamnist").toString());
        assertEquals(0, real.exitCode(), real.err());
        assertTrue(real.out().contains("verdict  usable: 1080 train, 120 val, 400 test images of 28x28, 3 channel(s), 5 classes"),
                real.out());
        assertTrue(real.out().contains("catalog  retinamnist\n"), real.out());
        assertTrue(real.out().lines().anyMatch(
                l -> l.matches("train_images +\\|u1 +\\(1080, 28, 28, 3\\) +C +deflated +2540288")), real.out());
    }

    @Test
    void infoTableAndDetails() throws IOException {
        Files.copy(TestData.npz("breastmnist"), dir.resolve("breastmnist.npz"));
        Files.write(dir.resolve("pneumoniamnist.npz"), new byte[] {1, 2, 3});
        CliRun table = CliRun.of("info", "--data-dir", dir.toString());
        assertEquals(0, table.exitCode(), table.err());
        assertTrue(table.out().lines().anyMatch(l -> l.startsWith("breastmnist ") && l.endsWith(" ok")), table.out());
        assertTrue(table.out().lines().anyMatch(l -> l.startsWith("pneumoniamnist ") && l.endsWith(" MD5 mismatch")));
        assertTrue(table.out().lines().anyMatch(l -> l.matches("bloodmnist +8 +3 +11959 +1712 +3421 +multi-class +missing")),
                table.out());

        CliRun organ = CliRun.of("info", "organamnist", "--data-dir", dir.toString());
        assertEquals(0, organ.exitCode(), organ.err());
        assertTrue(organ.out().contains("v2 md5       866b832ed4eeba67bfb9edee1d5544e6 (train/val/test 34581/6491/17778)"));
        assertTrue(organ.out().contains("  10  spleen\n"), organ.out());
        assertTrue(organ.out().contains("default open-set split: 8 in, novel: 8 (lung-right) 9 (pancreas) 10 (spleen)"));
        assertTrue(organ.out().contains("license CC BY 4.0"));
    }

    @Test
    void downloadFromMirrorThenSkip() throws IOException {
        byte[] breast = Files.readAllBytes(TestData.npz("breastmnist"));
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/mirror/breastmnist.npz", ex -> {
            ex.sendResponseHeaders(200, breast.length);
            try (OutputStream o = ex.getResponseBody()) {
                o.write(breast);
            }
        });
        server.start();
        try {
            String mirror = "http://127.0.0.1:" + server.getAddress().getPort() + "/mirror";
            CliRun first = CliRun.of("download", "breastmnist", "--data-dir", dir.toString(), "--mirror", mirror);
            assertEquals(0, first.exitCode(), first.err());
            assertTrue(first.out().startsWith("breastmnist: downloaded " + dir.resolve("breastmnist.npz")), first.out());
            assertArrayEquals(breast, Files.readAllBytes(dir.resolve("breastmnist.npz")));
            CliRun second = CliRun.of("download", "breastmnist", "--data-dir", dir.toString(), "--mirror", mirror);
            assertEquals("breastmnist: " + dir.resolve("breastmnist.npz") + " already present, MD5 verified; skipped",
                    second.out().strip());
        } finally {
            server.stop(0);
        }
    }

    @Test
    void benchDataReportsThroughputAndItsCommandLine() throws IOException {
        Files.copy(TestData.npz("breastmnist"), dir.resolve("breastmnist.npz"));
        CliRun r = CliRun.of("bench", "data", "--data-dir", dir.toString(), "--images", "300");
        assertEquals(0, r.exitCode(), r.err());
        assertTrue(r.out().startsWith("command: kys bench data --data-dir " + dir + " --images 300\n"), r.out());
        assertTrue(r.out().lines().anyMatch(l -> l.startsWith("breastmnist.npz ")), r.out());
        assertTrue(r.out().contains("breastmnist train, gray, resize 28->32 + normalize, batches of 128): 300 images"),
                r.out());
        CliRun empty = CliRun.of("bench", "data", "--data-dir", dir.resolve("nothing").toString());
        assertEquals(1, empty.exitCode());
        assertEquals("error: data folder " + dir.resolve("nothing") + " not found", empty.err().strip());
        assertTrue(Arrays.asList(CliRun.of("bench").out().split("\\s+")).contains("data"));
    }
}
