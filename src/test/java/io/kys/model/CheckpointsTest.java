package io.kys.model;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ai.djl.Device;
import ai.djl.Model;
import ai.djl.engine.Engine;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.training.GradientCollector;
import ai.djl.training.ParameterStore;
import io.kys.KysException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Arrays;
import java.util.Map;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CheckpointsTest {
    @TempDir
    Path dir;

    private static float[] evalLogits(Model model, long imageSeed) {
        try (NDManager m = model.getNDManager().newSubManager()) {
            Random r = new Random(imageSeed);
            float[] data = new float[4 * 3 * 32 * 32];
            for (int i = 0; i < data.length; i++) {
                data[i] = (float) r.nextGaussian();
            }
            NDArray x = m.create(data, Models.batchShape(4));
            return model.getBlock().forward(new ParameterStore(m, false), new NDList(x), false).get(0).toFloatArray();
        }
    }

    /** A training-mode pass moves the BatchNorm running statistics away from their initial values. */
    private static void trainModeForward(Model model) {
        try (NDManager m = model.getNDManager().newSubManager()) {
            NDArray x = m.randomNormal(Models.batchShape(8)).mul(3).add(1);
            model.getBlock().forward(new ParameterStore(m, false), new NDList(x), true);
        }
    }

    @Test
    void saveThenLoadIntoAFreshModelGivesIdenticalLogits() {
        float[] expected;
        try (Model source = Models.create(ModelPreset.WRN16_1, 5, Device.cpu(), 1)) {
            trainModeForward(source);
            expected = evalLogits(source, 7);
            Checkpoints.save(source, dir, Checkpoints.BEST, Map.of("epoch", "3", "val_balanced_accuracy", "0.81"));
        }
        try (Model fresh = Models.create(ModelPreset.WRN16_1, 5, Device.cpu(), 2)) {
            assertFalse(Arrays.equals(expected, evalLogits(fresh, 7)), "a different seed must differ before loading");
            CheckpointInfo info = Checkpoints.load(fresh, dir, Checkpoints.BEST);
            assertArrayEquals(expected, evalLogits(fresh, 7));
            assertEquals("3", info.metadata().get("epoch"));
            assertEquals(NetworkSpec.of(ModelPreset.WRN16_1, 5), info.network());
        }
        try (Model opened = Checkpoints.open(dir, Checkpoints.BEST, Device.cpu())) {
            assertArrayEquals(expected, evalLogits(opened, 7));
        }
    }

    @Test
    void loadedWeightsStillTrain() {
        try (Model source = Models.create(ModelPreset.WRN16_1, 3, Device.cpu(), 1)) {
            Checkpoints.save(source, dir, "last", Map.of());
        }
        try (Model model = Models.create(ModelPreset.WRN16_1, 3, Device.cpu(), 4);
             NDManager m = model.getNDManager().newSubManager()) {
            Checkpoints.load(model, dir, "last");
            NDArray stem = model.getBlock().getParameters().get("01stem_weight").getArray();
            try (GradientCollector gc = Engine.getInstance().newGradientCollector()) {
                NDArray logits = model.getBlock()
                        .forward(new ParameterStore(m, false), new NDList(m.randomNormal(Models.batchShape(2))), true)
                        .get(0);
                gc.backward(logits.sum());
            }
            assertTrue(stem.getGradient().abs().sum().getFloat() > 0);
        }
    }

    @Test
    void leavesOnlyFinalFilesBehind() throws IOException {
        try (Model model = Models.create(ModelPreset.WRN16_1, 3, Device.cpu(), 1)) {
            Checkpoints.save(model, dir, "last", Map.of());
            Checkpoints.save(model, dir, "last", Map.of("epoch", "2"));
            Checkpoints.saveState(dir, "last", new byte[] {1, 2, 3});
        }
        try (Stream<Path> files = Files.list(dir)) {
            assertEquals(java.util.Set.of("last.params", "last.json", "last.state"),
                    files.map(p -> p.getFileName().toString()).collect(java.util.stream.Collectors.toSet()));
        }
        assertEquals("2", Checkpoints.readInfo(dir, "last").metadata().get("epoch"));
        assertArrayEquals(new byte[] {1, 2, 3}, Checkpoints.loadState(dir, "last").orElseThrow());
        assertTrue(Checkpoints.loadState(dir, "best").isEmpty());
    }

    @Test
    void weightsThatDoNotMatchTheirJsonAreRejected() throws IOException {
        try (Model model = Models.create(ModelPreset.WRN16_1, 3, Device.cpu(), 1)) {
            Checkpoints.save(model, dir, "last", Map.of());
            Files.write(Checkpoints.paramsFile(dir, "last"), new byte[] {0}, StandardOpenOption.APPEND);
            KysException e = assertThrows(KysException.class, () -> Checkpoints.load(model, dir, "last"));
            assertTrue(e.getMessage().contains("last.params"), e.getMessage());
        }
    }

    @Test
    void checkpointOfAnotherLayoutIsRejectedWithBothNamed() {
        try (Model small = Models.create(ModelPreset.WRN16_1, 3, Device.cpu(), 1);
             Model other = Models.create(ModelPreset.WRN16_1, 4, Device.cpu(), 1)) {
            Checkpoints.save(small, dir, "best", Map.of());
            KysException e = assertThrows(KysException.class, () -> Checkpoints.load(other, dir, "best"));
            assertTrue(e.getMessage().contains("3 classes") && e.getMessage().contains("4 classes"), e.getMessage());
        }
    }

    @Test
    void missingCheckpointAndBadNamesAreUserErrors() {
        KysException missing = assertThrows(KysException.class, () -> Checkpoints.readInfo(dir, "best"));
        assertTrue(missing.getMessage().contains("best"), missing.getMessage());
        assertFalse(Checkpoints.exists(dir, "best"));
        assertThrows(KysException.class, () -> Checkpoints.saveState(dir, "../escape", new byte[0]));
    }
}
