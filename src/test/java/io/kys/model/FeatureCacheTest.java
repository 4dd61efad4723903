package io.kys.model;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ai.djl.Device;
import io.kys.data.ImageSet;
import io.kys.data.NpyReader;
import io.kys.progress.ProgressListener;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A run's cached network outputs: written once per weights and images, read back as computed. */
class FeatureCacheTest {
    @TempDir
    Path run;

    private static ImageSet images(int n, long seed) {
        byte[] pixels = new byte[n * 28 * 28];
        new Random(seed).nextBytes(pixels);
        return new ImageSet(n, 28, 28, 1, pixels, new int[n]);
    }

    private static List<Path> files(Path dir) throws Exception {
        try (Stream<Path> s = Files.walk(dir)) {
            return s.filter(Files::isRegularFile).sorted().toList();
        }
    }

    @Test
    void computesOnceAndReadsBackTheSameOutputs() throws Exception {
        ImageSet test = images(5, 1);
        try (ClassifierModel model = ClassifierModel.create(ModelPreset.WRN10_1, 3, Device.cpu(), 4)) {
            Inference.Outputs direct = model.infer(test, ProgressListener.NONE);
            FeatureCache first = FeatureCache.of(model, run);
            Inference.Outputs computed = first.outputs("test", test, ProgressListener.NONE);
            assertEquals(1, first.computed());
            assertEquals(0, first.reused());
            assertArrayEquals(direct.logits(), computed.logits());
            List<Path> written = files(run);
            assertEquals(3, written.size(), "features, logits and the entry's JSON: " + written);
            Path features = written.stream().filter(p -> p.toString().endsWith(".features.npy")).findFirst().orElseThrow();
            assertEquals(run.resolve(FeatureCache.FOLDER).resolve(model.weightsSha256().substring(0, 16)), features.getParent());
            assertArrayEquals(new int[] {5, 64}, NpyReader.read(features).shape(), "numpy-readable N x D");
            FileTime stamp = Files.getLastModifiedTime(features);

            FeatureCache second = FeatureCache.of(model, run);
            Inference.Outputs read = second.outputs("test", test, ProgressListener.NONE);
            assertEquals(0, second.computed());
            assertEquals(1, second.reused());
            assertArrayEquals(direct.features(), read.features());
            assertArrayEquals(direct.logits(), read.logits());
            assertEquals(stamp, Files.getLastModifiedTime(features), "nothing rewritten");

            second.outputs("test", images(5, 2), ProgressListener.NONE);
            assertEquals(1, second.computed(), "other images are another entry");
            assertEquals(6, files(run).size());
        }
    }

    @Test
    void otherWeightsOrADamagedEntryAreComputedAgain() throws Exception {
        ImageSet test = images(4, 3);
        try (ClassifierModel a = ClassifierModel.create(ModelPreset.WRN10_1, 3, Device.cpu(), 4);
             ClassifierModel b = ClassifierModel.create(ModelPreset.WRN10_1, 3, Device.cpu(), 5)) {
            assertNotEquals(a.weightsSha256(), b.weightsSha256());
            FeatureCache.of(a, run).outputs("test", test, ProgressListener.NONE);
            FeatureCache other = FeatureCache.of(b, run);
            other.outputs("test", test, ProgressListener.NONE);
            assertEquals(1, other.computed(), "another checkpoint's features are not these");
            assertNotEquals(FeatureCache.of(a, run).folder(), other.folder());

            Path json = files(other.folder()).stream().filter(p -> p.toString().endsWith(".json")).findFirst().orElseThrow();
            Files.writeString(json, "{ not json");
            FeatureCache again = FeatureCache.of(b, run);
            Inference.Outputs out = again.outputs("test", test, ProgressListener.NONE);
            assertEquals(1, again.computed(), "a damaged entry is replaced");
            assertArrayEquals(b.infer(test, ProgressListener.NONE).logits(), out.logits());
            assertTrue(Files.readString(json).contains(b.weightsSha256()));
        }
    }

    @Test
    void pruningKeepsTheNamedWeightsAndDeletesOtherCheckpointsEntries() throws Exception {
        ImageSet test = images(3, 7);
        try (ClassifierModel a = ClassifierModel.create(ModelPreset.WRN10_1, 3, Device.cpu(), 8);
             ClassifierModel b = ClassifierModel.create(ModelPreset.WRN10_1, 3, Device.cpu(), 9)) {
            FeatureCache kept = FeatureCache.of(a, run);
            kept.outputs("test", test, ProgressListener.NONE);
            FeatureCache stale = FeatureCache.of(b, run);
            stale.outputs("test", test, ProgressListener.NONE);
            Path notOurs = Files.createDirectories(run.resolve(FeatureCache.FOLDER).resolve("notes"));

            assertEquals(1, FeatureCache.pruneExcept(run, List.of(a.weightsSha256())));
            assertTrue(Files.isDirectory(kept.folder()));
            assertEquals(3, files(kept.folder()).size(), "the kept checkpoint's entry is whole");
            assertTrue(Files.notExists(stale.folder()));
            assertTrue(Files.isDirectory(notOurs), "a folder not named like a cache entry is left alone");
            assertEquals(0, FeatureCache.pruneExcept(run, List.of(a.weightsSha256())), "nothing left to prune");
            assertEquals(0, FeatureCache.pruneExcept(run.resolve("elsewhere"), List.of()), "no cache, nothing to do");
        }
    }

    @Test
    void theWeightsDigestIsTheOneTheCheckpointRecords() throws Exception {
        try (ClassifierModel model = ClassifierModel.create(ModelPreset.WRN10_1, 3, Device.cpu(), 6)) {
            model.save(run, Map.of());
            String json = Files.readString(Checkpoints.jsonFile(run, ClassifierModel.CHECKPOINT_NAME));
            assertTrue(json.contains(model.weightsSha256()), json);
            try (ClassifierModel opened = ClassifierModel.open(run, Device.cpu())) {
                assertEquals(model.weightsSha256(), opened.weightsSha256());
            }
        }
    }

    @Test
    void detectorScoresAreKeptUnderTheirKey() throws Exception {
        ImageSet test = images(4, 7);
        try (ClassifierModel model = ClassifierModel.create(ModelPreset.WRN10_1, 3, Device.cpu(), 4)) {
            double[] scores = {0.1, -2.5, 1e-300, 7};
            FeatureCache first = FeatureCache.of(model, run);
            assertArrayEquals(scores, first.detectorScores("test", test, "odin(T=1000.0,epsilon=0.0014)", () -> scores));
            FeatureCache second = FeatureCache.of(model, run);
            assertArrayEquals(scores, second.detectorScores("test", test, "odin(T=1000.0,epsilon=0.0014)",
                    () -> { throw new AssertionError("kept scores are read, not computed"); }));
            assertEquals(1, second.reused());
            second.detectorScores("test", test, "odin(T=1.0,epsilon=0.0014)", () -> new double[4]);
            assertEquals(1, second.computed(), "other parameters, other scores");
        }
    }

    @Test
    void setNamesBecomeSafeFileNames() {
        assertEquals("retinamnist-novel", FeatureCache.fileName("retinamnist-novel"));
        assertEquals("my_set_a_b", FeatureCache.fileName("my set/a:b"));
        assertEquals("_..", FeatureCache.fileName(".."));
    }
}
