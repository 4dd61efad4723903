package io.kys.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import io.kys.TestData;
import io.kys.model.FeatureCache;
import io.kys.ood.ScoreFiles;
import io.kys.ood.detect.Detectors;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code kys train} then {@code kys detect} on real data at a tiny budget, through the command line. */
class TrainDetectCommandTest {
    @TempDir
    Path tmp;

    /** Trains the tiny baseline run {@code tiny} of pneumoniamnist into {@code ckpts}. */
    private static CliRun trainTiny(String data, Path ckpts, int epochs) {
        CliRun train = CliRun.of("train", "--in-dataset", "pneumoniamnist", "--model-type", "wrn10_1",
                "--protocol", "baseline", "--epochs", Integer.toString(epochs), "--steps-per-epoch", "3",
                "--train-limit", "300", "--batch-size", "32", "--ckpt-name", "tiny", "--data-dir", data,
                "--ckpt-dir", ckpts.toString());
        assertEquals(0, train.exitCode(), train.err());
        return train;
    }

    @Test
    void trainThenDetectWritesTheReferenceLayout() throws Exception {
        String data = TestData.medmnistDir().toString();
        Path ckpts = tmp.resolve("ckpts");
        Path results = tmp.resolve("results");
        CliRun train = trainTiny(data, ckpts, 2);
        assertTrue(train.out().contains("epoch 2"), train.out());
        Path run = ckpts.resolve("wrn10_1/pneumoniamnist/tiny");
        assertTrue(Files.isRegularFile(run.resolve("best/model.params")));
        assertTrue(Files.isRegularFile(run.resolve("last/model.params")));
        assertEquals(3, Files.readAllLines(run.resolve("log.csv")).size(), "header + 2 epochs");
        assertTrue(Files.readString(run.resolve("config.json")).contains("28209eda62fecd6e6a2d98b1501bb15f"),
                "data MD5 kept beside the checkpoints");

        CliRun again = CliRun.of("train", "--in-dataset", "pneumoniamnist", "--model-type", "wrn10_1",
                "--protocol", "baseline", "--epochs", "2", "--ckpt-name", "tiny", "--data-dir", data,
                "--ckpt-dir", ckpts.toString());
        assertEquals(1, again.exitCode());
        assertTrue(again.err().contains("--resume"), again.err());

        CliRun detect = CliRun.of("detect", "--in-dataset", "pneumoniamnist", "--model-type", "wrn10_1",
                "--dir-name", "tiny", "--out-datasets", "breastmnist", "--bootstrap", "50", "--data-dir", data,
                "--ckpt-dir", ckpts.toString(), "--results-dir", results.toString());
        assertEquals(0, detect.exitCode(), detect.err());
        assertTrue(detect.out().contains("breastmnist"), detect.out());
        Path pair = results.resolve("wrn10_1/pneumoniamnist/tiny/breastmnist");
        double[] in = ScoreFiles.read(pair.resolve("scores_energy_In.txt"));
        double[] out = ScoreFiles.read(pair.resolve("scores_energy_Out.txt"));
        assertEquals(624, in.length, "every pneumoniamnist test image");
        assertEquals(156, out.length, "every breastmnist test image");
        JsonObject json = JsonParser.parseString(
                Files.readString(results.resolve("wrn10_1/pneumoniamnist/tiny/results.json"))).getAsJsonObject();
        JsonObject first = json.getAsJsonArray("results").get(0).getAsJsonObject();
        double auroc = first.get("auroc").getAsDouble();
        assertTrue(auroc >= 0 && auroc <= 1);
        assertEquals(2, first.getAsJsonArray("auroc_ci").size());
        assertEquals(2, Files.readAllLines(results.resolve("wrn10_1/pneumoniamnist/tiny/results.csv")).size());
    }

    @Test
    void detectWithEveryDetectorPrintsElevenRowsCachesTheFeaturesAndShowsAFailedOne() throws Exception {
        String data = TestData.medmnistDir().toString();
        Path ckpts = tmp.resolve("ckpts");
        Path results = tmp.resolve("results");
        trainTiny(data, ckpts, 1);
        String[] common = {"detect", "--in-dataset", "pneumoniamnist", "--model-type", "wrn10_1", "--dir-name", "tiny",
            "--out-datasets", "breastmnist", "--max-fit-images", "500", "--data-dir", data, "--ckpt-dir", ckpts.toString(),
            "--results-dir", results.toString()};

        CliRun all = CliRun.of(concat(common, "--detectors", "all", "--param", "knn.k=100000", "--bootstrap", "20"));
        assertEquals(0, all.exitCode(), all.err());
        List<String> rows = all.out().lines().filter(l -> Detectors.names().stream().anyMatch(n -> l.matches(n + "[ (].*")))
                .toList();
        assertEquals(Detectors.names(), rows.stream().map(l -> l.split("[ (]")[0]).toList(), all.out());
        for (String row : rows) {
            if (row.startsWith("knn")) {
                assertTrue(row.endsWith("failed: k = 100000 needs at least 100000 training features, got 500"), row);
                assertTrue(row.startsWith("knn(k=100000) "), row);
            } else {
                assertTrue(row.endsWith("ok") && row.matches(".*\\[[01]\\.\\d{4}, [01]\\.\\d{4}\\].*"), row);
            }
        }
        assertTrue(all.out().contains("ODIN's scores): 5 computed, 0 read from"), all.out());
        Path pair = results.resolve("wrn10_1/pneumoniamnist/tiny/breastmnist");
        for (String detector : Detectors.names()) {
            assertEquals(!detector.equals("knn"), Files.isRegularFile(pair.resolve("scores_" + detector + "_In.txt")), detector);
        }
        assertEquals(624, ScoreFiles.read(pair.resolve("scores_odin_In.txt")).length);
        Path run = results.resolve("wrn10_1/pneumoniamnist/tiny");
        List<String> csv = Files.readAllLines(run.resolve("results.csv"));
        assertEquals(1 + 10 + 1, csv.size(), "ten detectors on one OOD set, one failed detector");
        assertTrue(csv.get(0).contains(",detector,"), csv.get(0));
        assertEquals(1, csv.stream().filter(l -> l.contains(",,knn,") && l.endsWith("got 500\"")).count(), csv.toString());
        JsonObject json = JsonParser.parseString(Files.readString(run.resolve("results.json"))).getAsJsonObject();
        assertEquals("knn", json.getAsJsonArray("failures").get(0).getAsJsonObject().get("detector").getAsString());
        assertEquals("knn(k=100000)", json.getAsJsonArray("detectors").get(7).getAsString());

        Path cache = ckpts.resolve("wrn10_1/pneumoniamnist/tiny").resolve(FeatureCache.FOLDER);
        Map<Path, FileTime> written = stamps(cache);
        assertEquals(9 + 4, written.size(), "train, test and breastmnist: features, logits and key each; ODIN's scores");
        CliRun again = CliRun.of(concat(common, "--detectors", "mahalanobis,odin,energy", "--bootstrap", "0"));
        assertEquals(0, again.exitCode(), again.err());
        assertTrue(again.out().contains("ODIN's scores): 0 computed, 5 read from"), again.out());
        CliRun alias = CliRun.of(concat(common, "--score", "msp", "--bootstrap", "0"));
        assertEquals(0, alias.exitCode(), alias.err());
        assertTrue(alias.out().contains("ODIN's scores): 0 computed, 2 read from"), alias.out());
        assertEquals(written, stamps(cache), "the cache is written once and then only read");
        assertEquals(2, Files.readAllLines(run.resolve("results.csv")).size(), "msp alone this time");

        CliRun both = CliRun.of(concat(common, "--score", "msp", "--detectors", "energy"));
        assertEquals(1, both.exitCode());
        assertTrue(both.err().contains("give one of them"), both.err());
    }

    @Test
    void recomputedBatchNormStatisticsAreNamedInTheResultsScoreDifferentlyAndAreReproducible() throws Exception {
        String data = TestData.medmnistDir().toString();
        Path ckpts = tmp.resolve("ckpts");
        trainTiny(data, ckpts, 1);
        String[] common = {"detect", "--in-dataset", "pneumoniamnist", "--model-type", "wrn10_1", "--dir-name", "tiny",
            "--out-datasets", "breastmnist", "--max-fit-images", "400", "--bootstrap", "0", "--checkpoint", "last",
            "--data-dir", data, "--ckpt-dir", ckpts.toString()};
        double[][] scores = new double[3][];
        String[] labels = new String[3];
        for (int k = 0; k < 3; k++) {
            Path results = tmp.resolve("results" + k);
            CliRun detect = CliRun.of(k == 0 ? concat(common, "--results-dir", results.toString())
                    : concat(common, "--results-dir", results.toString(), "--recompute-batchnorm"));
            assertEquals(0, detect.exitCode(), detect.err());
            Path run = results.resolve("wrn10_1/pneumoniamnist/tiny");
            scores[k] = ScoreFiles.read(run.resolve("breastmnist/scores_energy_Out.txt"));
            labels[k] = JsonParser.parseString(Files.readString(run.resolve("results.json"))).getAsJsonObject()
                    .get("checkpoint").getAsString();
            if (k == 2) {
                assertTrue(detect.out().contains("0 computed, 2 read from"), "the same statistics, the same cache key: "
                        + detect.out());
            }
        }
        assertEquals("last", labels[0]);
        assertEquals("last (BatchNorm recomputed on ID training images)", labels[1]);
        assertTrue(!java.util.Arrays.equals(scores[0], scores[1]), "the statistics a short run saved are not those of clean ID images");
        assertArrayEquals(scores[1], scores[2], 0.0);
    }

    private static String[] concat(String[] a, String... b) {
        String[] out = java.util.Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }

    private static Map<Path, FileTime> stamps(Path dir) throws Exception {
        Map<Path, FileTime> out = new TreeMap<>();
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path p : files.filter(Files::isRegularFile).toList()) {
                out.put(p, Files.getLastModifiedTime(p));
            }
        }
        return out;
    }

    @Test
    void theReferenceCommandsRunAsTheyAreAndTrainItsProtocol() throws Exception {
        // The reference README's two commands, with a budget added and a dataset the tests have.
        String data = TestData.medmnistDir().toString();
        Path ckpts = tmp.resolve("ckpts");
        CliRun train = CliRun.of("train", "--in_dataset", "pneumoniamnist", "--model_type", "wrn", "--dist",
                "--augmix", "--rand_conv", "--ckpt_name", "in_latent_out_pix",
                "--epochs", "1", "--steps-per-epoch", "2", "--train-limit", "64", "--batch-size", "16",
                "--data-dir", data, "--ckpt-dir", ckpts.toString());
        assertEquals(0, train.exitCode(), train.err());
        assertTrue(train.err().contains("--dist has no effect"), train.err());
        Path run = ckpts.resolve("wrn40_2/pneumoniamnist/in_latent_out_pix");
        JsonObject config = JsonParser.parseString(Files.readString(run.resolve("config.json")))
                .getAsJsonObject().getAsJsonObject("config");
        assertEquals("wrn40_2", config.get("model").getAsString());
        assertEquals("ours", config.get("protocol").getAsString(), "latent inliers, pixel outliers");
        assertEquals("true", config.get("outliers.augmix").getAsString());
        assertEquals("true", config.get("outliers.jigsaw").getAsString(), "the reference's --augmix is AugMix then jigsaw");
        assertEquals("true", config.get("outliers.randConv").getAsString());

        CliRun detect = CliRun.of("detect", "--in_dataset", "pneumoniamnist", "--model_type", "wrn",
                "--dir_name", "in_latent_out_pix", "--out_datasets", "breastmnist", "--bootstrap", "0",
                "--data-dir", data, "--ckpt-dir", ckpts.toString(), "--results-dir", tmp.resolve("results").toString());
        assertEquals(0, detect.exitCode(), detect.err());
        assertTrue(Files.isRegularFile(tmp.resolve(
                "results/wrn40_2/pneumoniamnist/in_latent_out_pix/breastmnist/scores_energy_In.txt")));

        CliRun noJigsaw = CliRun.of("train", "--in_dataset", "pneumoniamnist", "--model_type", "wrn10_1",
                "--augmix", "--no-jigsaw", "--ckpt_name", "augmix-only", "--epochs", "1", "--steps-per-epoch", "1",
                "--train-limit", "32", "--batch-size", "8", "--data-dir", data, "--ckpt-dir", ckpts.toString());
        assertEquals(0, noJigsaw.exitCode(), noJigsaw.err());
        JsonObject c2 = JsonParser.parseString(Files.readString(ckpts.resolve(
                "wrn10_1/pneumoniamnist/augmix-only/config.json"))).getAsJsonObject().getAsJsonObject("config");
        assertEquals("false", c2.get("outliers.jigsaw").getAsString());
        assertEquals("false", c2.get("outliers.randConv").getAsString());
    }

    @Test
    void detectWithoutATrainedRunSaysSo() {
        CliRun detect = CliRun.of("detect", "--in-dataset", "pneumoniamnist", "--model-type", "wrn10_1",
                "--dir-name", "missing", "--data-dir", TestData.medmnistDir().toString(),
                "--ckpt-dir", tmp.toString());
        assertEquals(1, detect.exitCode());
        assertTrue(detect.err().startsWith("error: no trained run"), detect.err());
        assertEquals(1, detect.err().strip().lines().count(), detect.err());
    }
}
