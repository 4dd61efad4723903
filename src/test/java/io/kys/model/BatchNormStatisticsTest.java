package io.kys.model;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ai.djl.Device;
import ai.djl.Model;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDScope;
import ai.djl.training.ParameterStore;
import io.kys.KysException;
import io.kys.data.ImageSet;
import io.kys.data.Rgb32;
import io.kys.progress.ProgressListener;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Recomputed BatchNorm statistics: those of the images given, whatever the layers held before. */
class BatchNormStatisticsTest {
    private static ImageSet images(int n, long seed) {
        byte[] pixels = new byte[n * 28 * 28];
        Random r = new Random(seed);
        for (int i = 0; i < pixels.length; i++) {
            pixels[i] = (byte) (r.nextInt(160) + (i % 28) * 3);
        }
        return new ImageSet(n, 28, 28, 1, pixels, new int[n]);
    }

    private static float[] trainingModeLogits(WideResNet block, Model model, ImageSet images) {
        ImageSet rgb = Rgb32.of(images);
        try (NDScope scope = new NDScope()) {
            NDList out = block.forward(new ParameterStore(model.getNDManager(), false),
                    new NDList(Inference.batch(model.getNDManager(), rgb, 0, rgb.size(),
                            Inference.buffer(rgb.size(), rgb.size()))), true);
            return out.get(0).toFloatArray();
        }
    }

    @Test
    void afterRecomputingOnOneBatchEvaluationModeNormalizesAsTrainingModeDoesOnThatBatch() {
        ImageSet set = images(48, 1);
        // Without dropout, a training pass differs from evaluation only by the statistics it uses.
        WideResNet block = new WideResNet(10, 1, 0, 3);
        try (Model model = Models.create(block, Device.cpu(), 3)) {
            trainingModeLogits(block, model, images(40, 2)); // leave other statistics in the layers
            float[] training = trainingModeLogits(block, model, set);
            float[] before = Inference.run(block, model.getNDManager(), set, 64, ProgressListener.NONE).logits();
            int layers = BatchNormStatistics.recompute(block, model.getNDManager(), set, 48, 0, ProgressListener.NONE);
            float[] after = Inference.run(block, model.getNDManager(), set, 64, ProgressListener.NONE).logits();
            assertEquals(2 * 1 * 2 + 1 + 2, layers, "two per basic block (1 per group, 3 groups) and the final one");
            // training mode normalizes with the biased variance, the running value is unbiased: 1 in 24,576
            assertArrayEquals(training, after, 2e-3f);
            double moved = 0;
            for (int i = 0; i < before.length; i++) {
                moved = Math.max(moved, Math.abs(before[i] - training[i]));
            }
            assertTrue(moved > 0.05, "the statistics held before must have mattered, moved " + moved);
        }
    }

    @Test
    void theResultDependsOnTheImagesAndSeedNotOnTheStatisticsHeldBefore() {
        ImageSet set = images(70, 4);
        float[][] logits = new float[3][];
        for (int k = 0; k < 3; k++) {
            WideResNet block = new WideResNet(10, 1, 0.3, 3); // with dropout, which the seed fixes
            try (Model model = Models.create(block, Device.cpu(), 5)) {
                if (k > 0) {
                    trainingModeLogits(block, model, images(30, 9 + k));
                }
                BatchNormStatistics.recompute(block, model.getNDManager(), set, 32, 7, ProgressListener.NONE);
                logits[k] = Inference.run(block, model.getNDManager(), set, 64, ProgressListener.NONE).logits();
            }
        }
        assertArrayEquals(logits[0], logits[1], 1e-5f);
        assertArrayEquals(logits[0], logits[2], 1e-5f);
    }

    @Test
    void aLastBatchOfOneImageJoinsTheBatchBeforeIt() {
        assertArrayEquals(new int[] {0, 128, 257}, BatchNormStatistics.batchStarts(257, 128));
        assertArrayEquals(new int[] {0, 128, 256}, BatchNormStatistics.batchStarts(256, 128));
        assertArrayEquals(new int[] {0, 128, 200}, BatchNormStatistics.batchStarts(200, 128));
        assertArrayEquals(new int[] {0, 5}, BatchNormStatistics.batchStarts(5, 128));
    }

    @Test
    void refusesBatchesThatHaveNoVariance() {
        WideResNet block = new WideResNet(10, 1, 0, 3);
        try (Model model = Models.create(block, Device.cpu(), 3)) {
            assertThrows(KysException.class,
                    () -> BatchNormStatistics.recompute(block, model.getNDManager(), images(4, 1), 1, 0, ProgressListener.NONE));
            assertThrows(KysException.class,
                    () -> BatchNormStatistics.recompute(block, model.getNDManager(), images(0, 1), 8, 0, ProgressListener.NONE));
        }
    }
}
