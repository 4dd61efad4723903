package io.kys.model;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ai.djl.Device;
import ai.djl.Model;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import ai.djl.training.ParameterStore;
import io.kys.KysException;
import java.util.Arrays;
import java.util.Random;
import org.junit.jupiter.api.Test;

class WideResNetTest {

    /** Trainable scalars of WRN-depth-k, counted layer by layer from the architecture. */
    private static long handCount(int depth, int k, int classes) {
        int n = (depth - 4) / 6;
        int[] widths = {16 * k, 32 * k, 64 * k};
        long total = 3 * 16 * 9; // stem conv, no bias
        int in = 16;
        for (int width : widths) {
            for (int b = 0; b < n; b++) {
                int cin = b == 0 ? in : width;
                total += 2L * cin;                 // bn1 gamma + beta
                total += 9L * cin * width;         // conv1
                total += 2L * width;               // bn2
                total += 9L * width * width;       // conv2
                if (cin != width) {
                    total += (long) cin * width;   // 1x1 shortcut
                }
            }
            in = width;
        }
        total += 2L * widths[2];                   // final bn
        total += (long) widths[2] * classes + classes; // fc
        return total;
    }

    private static NDArray randomImages(NDManager manager, int n, long seed) {
        Random r = new Random(seed);
        float[] data = new float[n * 3 * 32 * 32];
        for (int i = 0; i < data.length; i++) {
            data[i] = (float) r.nextGaussian();
        }
        return manager.create(data, Models.batchShape(n));
    }

    @Test
    void wrn40_2ParameterCountMatchesTheArchitecture() {
        try (Model model = Models.create(ModelPreset.WRN40_2, 10, Device.cpu(), 1)) {
            long count = Models.trainableParameterCount(model.getBlock());
            assertEquals(handCount(40, 2, 10), count);
            // The WRN-40-2 of the literature has about 2.24M parameters for 10 classes.
            assertTrue(Math.abs(count - 2.24e6) < 0.01e6, "count " + count);
        }
    }

    @Test
    void smallPresetsMatchTheirHandCount() {
        for (ModelPreset preset : new ModelPreset[] {ModelPreset.WRN16_2, ModelPreset.WRN16_1}) {
            try (Model model = Models.create(preset, 6, Device.cpu(), 1)) {
                assertEquals(handCount(preset.network(6).depth(), preset.network(6).widen(), 6),
                        Models.trainableParameterCount(model.getBlock()), preset.id());
            }
        }
    }

    @Test
    void forwardGivesLogitsAndFeatures() {
        try (Model model = Models.create(ModelPreset.WRN16_2, 7, Device.cpu(), 3);
             NDManager m = model.getNDManager().newSubManager()) {
            NDList out = model.getBlock().forward(new ParameterStore(m, false), new NDList(randomImages(m, 5, 1)), false);
            assertEquals(2, out.size());
            assertEquals(new Shape(5, 7), out.get(0).getShape());
            assertEquals(new Shape(5, 128), out.get(1).getShape());
            assertEquals(new Shape(5, 7), model.getBlock().getOutputShapes(new Shape[] {Models.batchShape(5)})[0]);
            // Features follow a ReLU and an average, so they are non-negative.
            assertTrue(out.get(1).gte(0).all().getBoolean());
        }
    }

    @Test
    void headOnFeaturesReproducesTheForwardLogits() {
        try (Model model = Models.create(ModelPreset.WRN16_1, 4, Device.cpu(), 5);
             NDManager m = model.getNDManager().newSubManager()) {
            WideResNet net = Models.network(model);
            ParameterStore ps = new ParameterStore(m, false);
            NDList out = net.forward(ps, new NDList(randomImages(m, 6, 2)), false);
            assertEquals(64, net.featureDim());
            NDArray viaHead = net.head(ps, out.get(1), false);
            assertArrayEquals(out.get(0).toFloatArray(), viaHead.toFloatArray(), 1e-6f);
            // The same features as a second input come back as a third output.
            NDList both = net.forward(ps, new NDList(randomImages(m, 6, 2), out.get(1)), false);
            assertEquals(3, both.size());
            assertArrayEquals(out.get(0).toFloatArray(), both.get(2).toFloatArray(), 1e-6f);
        }
    }

    @Test
    void sameSeedSameNetworkOtherSeedOtherNetwork() {
        float[][] logits = new float[3][];
        long[] seeds = {11, 11, 12};
        for (int i = 0; i < 3; i++) {
            try (Model model = Models.create(ModelPreset.WRN16_1, 3, Device.cpu(), seeds[i]);
                 NDManager m = model.getNDManager().newSubManager()) {
                logits[i] = model.getBlock()
                        .forward(new ParameterStore(m, false), new NDList(randomImages(m, 4, 9)), false)
                        .get(0).toFloatArray();
            }
        }
        assertArrayEquals(logits[0], logits[1]);
        assertFalse(Arrays.equals(logits[0], logits[2]));
    }

    @Test
    void convWeightsFollowHeFanOutScale() {
        try (Model model = Models.create(ModelPreset.WRN16_2, 3, Device.cpu(), 8)) {
            // group3 second unit, conv2: 128 -> 128 channels, 3x3: std sqrt(2 / (128 * 9)).
            float[] w = model.getBlock().getParameters().stream()
                    .filter(p -> p.getKey().equals("04group3_02PreActBasicBlock_05conv2_weight"))
                    .findFirst().orElseThrow().getValue().getArray().toFloatArray();
            double sumSq = 0;
            for (float v : w) {
                sumSq += v * v;
            }
            double std = Math.sqrt(sumSq / w.length);
            assertEquals(Math.sqrt(2.0 / (128 * 9)), std, 0.02 * std);
        }
    }

    @Test
    void rejectsImpossibleDepth() {
        KysException e = assertThrows(KysException.class, () -> new WideResNet(41, 2, 0.3, 10));
        assertTrue(e.getMessage().contains("41"));
    }
}
