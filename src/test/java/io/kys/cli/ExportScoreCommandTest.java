package io.kys.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.kys.data.DatasetLoader;
import io.kys.deploy.BundleManifest;
import io.kys.deploy.BundleReader;
import io.kys.deploy.ScoreCsv;
import io.kys.deploy.ScoreRow;
import io.kys.deploy.TestPngs;
import io.kys.deploy.TinyBundle;
import io.kys.ood.ScoreFiles;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code kys export} then {@code kys score} on a real run: the bundle's scores are {@code kys
 * detect}'s for the same test images, bit for bit, and the bundle's threshold behaves as the
 * manifest says on the ID test split.
 */
class ExportScoreCommandTest {
    @TempDir
    Path tmp;

    @Test
    void scoringTheTestImagesWithTheBundleReproducesDetectAndTheCalibratedRate() throws Exception {
        TinyBundle tiny = TinyBundle.get();
        String data = tiny.data().toString();
        CliRun detect = CliRun.of("detect", "--in-dataset", "pneumoniamnist", "--model-type", "wrn10_1",
                "--dir-name", TinyBundle.RUN, "--out-datasets", "breastmnist", "--bootstrap", "0", "--data-dir", data,
                "--ckpt-dir", tiny.ckpts().toString(), "--results-dir", tmp.resolve("results").toString());
        assertEquals(0, detect.exitCode(), detect.err());
        Path pair = tmp.resolve("results/wrn10_1/pneumoniamnist/" + TinyBundle.RUN + "/breastmnist");
        double[] detectIn = ScoreFiles.read(pair.resolve("scores_energy_In.txt"));
        double[] detectOut = ScoreFiles.read(pair.resolve("scores_energy_Out.txt"));

        Path npzCsv = tmp.resolve("npz.csv");
        CliRun score = CliRun.of("score", tiny.bundle().toString(), tiny.data().resolve("pneumoniamnist.npz").toString(),
                "--out", npzCsv.toString());
        assertEquals(0, score.exitCode(), score.err());
        assertTrue(score.out().contains("624 inputs: 624 scored"), score.out());
        double[] bundleIn = scores(ScoreCsv.read(npzCsv));
        assertArrayEquals(detectIn, bundleIn, 0.0, "the .npz test split scored with the bundle equals kys detect");

        Path pngs = tmp.resolve("pngs");
        TestPngs.write(DatasetLoader.load("pneumoniamnist", tiny.data()).test(), 0, 624, pngs, "test");
        Path pngCsv = tmp.resolve("png.csv");
        CliRun scorePngs = CliRun.of("score", tiny.bundle().toString(), pngs.toString(), "--out", pngCsv.toString(),
                "--batch-size", "50");
        assertEquals(0, scorePngs.exitCode(), scorePngs.err());
        List<ScoreRow> pngRows = ScoreCsv.read(pngCsv);
        assertEquals(pngs.resolve("test_00000.png").toString(), pngRows.get(0).path());
        assertArrayEquals(detectIn, scores(pngRows), 0.0, "PNG files of the same images, other batches, same scores");

        Path breastCsv = tmp.resolve("breast.csv");
        assertEquals(0, CliRun.of("score", tiny.bundle().toString(), tiny.data().resolve("breastmnist.npz").toString(),
                "--out", breastCsv.toString()).exitCode());
        List<ScoreRow> breast = ScoreCsv.read(breastCsv);
        assertArrayEquals(detectOut, scores(breast), 0.0, "an OOD set's scores too");

        BundleManifest m = BundleReader.manifest(tiny.bundle());
        List<ScoreRow> idRows = ScoreCsv.read(npzCsv);
        double accepted = idRows.stream().filter(r -> r.accepted()).count() / (double) idRows.size();
        System.out.printf("round trip: %d ID test scores equal kys detect's exactly; accepted fraction %.4f; target "
                + "%.2f; calibration interval [%.4f, %.4f]; test-resampled interval [%.4f, %.4f]%n", idRows.size(),
                accepted, m.calibration().targetTpr(), m.evaluation().calibrationInterval().low(),
                m.evaluation().calibrationInterval().high(), m.evaluation().tpr().low(), m.evaluation().tpr().high());
        assertEquals(m.evaluation().tpr().rate(), accepted, 0.0, "the manifest's TPR is what scoring gives");
        assertTrue(accepted >= m.evaluation().calibrationInterval().low()
                && accepted <= m.evaluation().calibrationInterval().high(), "accepted fraction " + accepted
                + " outside the bootstrap interval of the target TPR");
        double breastAccepted = breast.stream().filter(r -> r.accepted()).count() / (double) breast.size();
        BundleManifest.OodRate breastRate = m.evaluation().ood().stream()
                .filter(o -> o.name().equals("breastmnist")).findFirst().orElseThrow();
        assertEquals(breastRate.fpr().rate(), breastAccepted, 0.0);
        for (ScoreRow r : idRows) {
            assertEquals(r.score() >= m.calibration().threshold(), r.accepted(), r.path());
        }
    }

    @Test
    void theManifestRecordsWhereTheBundleCameFrom() throws Exception {
        TinyBundle tiny = TinyBundle.get();
        CliRun info = CliRun.of("info", tiny.bundle().toString());
        assertEquals(0, info.exitCode(), info.err());
        for (String expected : new String[] {"kys-bundle/1", "28209eda62fecd6e6a2d98b1501bb15f", "\"targetTpr\": 0.95",
            "\"pytorch\": \"2.5.1\"", "\"djl\": \"0.33.0\"", "trainLimit\"", "breastmnist", "retinamnist",
            "calibrationInterval", "model/model.params", "detector/train_features.npy", "threshold"}) {
            assertTrue(info.out().contains(expected), "info lacks " + expected + ":\n" + info.out());
        }
        BundleManifest m = BundleReader.manifest(tiny.bundle());
        assertEquals("energy", m.detector().name());
        assertEquals("val", m.calibration().split());
        assertEquals(524, m.calibration().validationImages());
        assertEquals(624, m.evaluation().tpr().images());
        assertTrue(m.calibration().validationTpr() >= 0.95);
        assertEquals(List.of("normal", "pneumonia"), m.split().classNames());
        assertEquals(1, m.preprocessing().sourceChannels());
        assertEquals(28, m.preprocessing().sourceSize());
    }

    @Test
    void badInputsStopWithOneLine() throws Exception {
        TinyBundle tiny = TinyBundle.get();
        CliRun missing = CliRun.of("score", tiny.bundle().toString(), tmp.resolve("nowhere").toString());
        assertEquals(1, missing.exitCode());
        assertEquals("error: no such file or folder: " + tmp.resolve("nowhere"), missing.err().strip());

        Path notBundle = tmp.resolve("x.zip");
        Files.writeString(notBundle, "not a zip");
        CliRun bad = CliRun.of("score", notBundle.toString(), tmp.toString());
        assertEquals(1, bad.exitCode());
        assertTrue(bad.err().startsWith("error: ") && bad.err().contains("is not a kys bundle"), bad.err());
        assertEquals(1, bad.err().strip().lines().count());

        CliRun noRun = CliRun.of("export", "--in-dataset", "pneumoniamnist", "--model-type", "wrn10_1", "--dir-name",
                "missing", "--data-dir", tiny.data().toString(), "--ckpt-dir", tmp.toString(), "--out",
                tmp.resolve("b.zip").toString());
        assertEquals(1, noRun.exitCode());
        assertTrue(noRun.err().startsWith("error: no trained run"), noRun.err());

        CliRun badDetector = CliRun.of("export", "--in-dataset", "pneumoniamnist", "--model-type", "wrn10_1",
                "--dir-name", TinyBundle.RUN, "--detector", "knnn", "--data-dir", tiny.data().toString(),
                "--ckpt-dir", tiny.ckpts().toString(), "--out", tmp.resolve("b.zip").toString());
        assertEquals(1, badDetector.exitCode());
        assertTrue(badDetector.err().startsWith("error: unknown detector 'knnn'"), badDetector.err());
        assertTrue(Files.notExists(tmp.resolve("b.zip")));
    }

    private static double[] scores(List<ScoreRow> rows) {
        return rows.stream().mapToDouble(ScoreRow::score).toArray();
    }
}
