package io.kys.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.kys.cli.KysCli;
import io.kys.data.DatasetLoader;
import io.kys.deploy.ImageDecoder;
import io.kys.deploy.KysDetector;
import io.kys.deploy.NpzSelection;
import io.kys.deploy.ScoreInputs;
import io.kys.deploy.ScoreRow;
import io.kys.deploy.StreamingScorer;
import io.kys.deploy.TestPngs;
import io.kys.deploy.TinyBundle;
import io.kys.progress.ProgressListener;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Spark job in local mode on a few hundred real images (MedMNIST test images written out as
 * PNG files, and a few bad files) gives exactly the rows of the single-machine path.
 */
class SparkScoreJobTest {
    private static SparkSession spark;

    @TempDir
    Path tmp;

    @BeforeAll
    static void startSpark() {
        spark = SparkScoreJob.local(SparkSession.builder().appName("kys test").master("local[2]"), "local[2]")
                .getOrCreate();
    }

    @AfterAll
    static void stopSpark() {
        if (spark != null) {
            spark.stop();
        }
    }

    @Test
    void sparkScoresEqualTheSingleMachineScores() throws Exception {
        TinyBundle tiny = TinyBundle.get();
        Path images = writeImages(tiny, 200, 100);
        Map<String, ScoreRow> single = singleMachine(tiny, images);
        assertEquals(303, single.size());

        List<Row> rows = SparkScoreJob.score(spark, tiny.bundle(), List.of(images.toString()),
                new SparkScoreJob.Options("cpu", 64, ImageDecoder.DEFAULT_MAX_PIXELS, 3, null)).collectAsList();
        assertEquals(single.size(), rows.size(), "one row per file");
        int scored = 0;
        for (Row r : rows) {
            ScoreRow expected = single.get(r.getString(0));
            assertNotNull(expected, "Spark names a file the single-machine path does not: " + r.getString(0));
            if (expected.ok()) {
                assertEquals(expected.className(), r.getString(1), r.getString(0));
                assertEquals(expected.probability(), r.getDouble(2), 0.0, r.getString(0));
                assertEquals(expected.score(), r.getDouble(3), 0.0, r.getString(0));
                assertEquals(expected.accepted(), r.getBoolean(4), r.getString(0));
                assertTrue(r.isNullAt(5));
                scored++;
            } else {
                assertEquals(expected.reason(), r.getString(5), r.getString(0));
                assertTrue(r.isNullAt(3));
            }
        }
        assertEquals(300, scored);
        System.out.println("spark: " + rows.size() + " rows of local[2] with 3 partitions equal the single-machine rows");
    }

    @Test
    void theCommandLineRunsTheJobOnALocalMasterAndWritesParquetOrCsv() throws Exception {
        TinyBundle tiny = TinyBundle.get();
        Path images = writeImages(tiny, 40, 20);
        Map<String, ScoreRow> single = singleMachine(tiny, images);
        Path parquet = tmp.resolve("scores.parquet");
        assertEquals(0, KysCli.execute("score", "--spark", "local[2]", tiny.bundle().toString(), images.toString(),
                "--out", parquet.toString()));
        List<Row> rows = SparkScoreJob.read(spark, parquet.toString()).collectAsList();
        assertEquals(single.size(), rows.size());
        for (Row r : rows) {
            ScoreRow expected = single.get(r.getString(0));
            assertNotNull(expected, r.getString(0));
            if (expected.ok()) {
                assertEquals(expected.score(), r.getDouble(3), 0.0, r.getString(0));
            }
        }
        Path csv = tmp.resolve("scores.csv");
        SparkScoreJob.write(SparkScoreJob.score(spark, tiny.bundle(), List.of(images.toString()),
                new SparkScoreJob.Options("cpu", 64, ImageDecoder.DEFAULT_MAX_PIXELS, 2, null)), csv.toString());
        List<Row> fromCsv = SparkScoreJob.read(spark, csv.toString()).collectAsList();
        assertEquals(single.size(), fromCsv.size());
        String summary = SparkScoreJob.summary(SparkScoreJob.read(spark, csv.toString()), 0.5);
        assertTrue(summary.startsWith(single.size() + " inputs: 60 scored"), summary);
    }

    /** {@code p} pneumonia and {@code b} breast test images as PNG files, and three bad files. */
    private Path writeImages(TinyBundle tiny, int p, int b) throws Exception {
        Path images = tmp.resolve("images");
        TestPngs.write(DatasetLoader.load("pneumoniamnist", tiny.data()).test(), 0, p, images.resolve("pneumonia"), "p");
        TestPngs.write(DatasetLoader.load("breastmnist", tiny.data()).test(), 0, b, images.resolve("breast"), "b");
        Files.createDirectories(images.resolve("bad"));
        Files.write(images.resolve("bad/empty.png"), new byte[0]);
        Files.writeString(images.resolve("bad/notes.jpg"), "not an image", StandardCharsets.UTF_8);
        byte[] png = Files.readAllBytes(images.resolve("pneumonia/p_00000.png"));
        Files.write(images.resolve("bad/cut.png"), java.util.Arrays.copyOf(png, png.length / 2));
        return images;
    }

    private static Map<String, ScoreRow> singleMachine(TinyBundle tiny, Path images) {
        Map<String, ScoreRow> rows = new HashMap<>();
        try (KysDetector detector = KysDetector.load(tiny.bundle(), "cpu", 64);
             StreamingScorer scorer = new StreamingScorer(detector, 64, 2, detector.threshold())) {
            scorer.run(ScoreInputs.of(List.of(images), new ImageDecoder(), NpzSelection.TEST),
                    r -> rows.put(r.path(), r), ProgressListener.NONE, -1);
        }
        return rows;
    }
}
