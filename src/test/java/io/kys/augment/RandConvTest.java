package io.kys.augment;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import io.kys.KysException;
import io.kys.engine.EngineSetup;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class RandConvTest {
    private static final RandConv RAND_CONV = RandConv.paper();
    private static NDManager manager;
    private static NDArray batch;

    @BeforeAll
    static void setUp() {
        EngineSetup.offline();
        manager = NDManager.newBaseManager();
        // Normalised images of [0, 1] pixels, as the trainer hands them over.
        Random rnd = new Random(1);
        float[] data = new float[8 * 3 * 32 * 32];
        float[] low = RAND_CONV.bound(0);
        float[] up = RAND_CONV.bound(1);
        for (int i = 0; i < data.length; i++) {
            int c = (i / (32 * 32)) % 3;
            data[i] = low[c] + (up[c] - low[c]) * rnd.nextFloat();
        }
        batch = manager.create(data, new Shape(8, 3, 32, 32));
    }

    @AfterAll
    static void tearDown() {
        manager.close();
    }

    @Test
    void outputHasCountImagesOfTheInputSizeWithinTheClampRange() {
        try (NDManager step = manager.newSubManager()) {
            NDArray out = RAND_CONV.apply(batch, new Random(3));
            out.attach(step);
            assertEquals(new Shape(32, 3, 32, 32), out.getShape());
            assertEquals(DataType.FLOAT32, out.getDataType());
            float[] v = out.toFloatArray();
            float[] low = RAND_CONV.bound(0);
            float[] up = RAND_CONV.bound(1);
            int interior = 0;
            for (int i = 0; i < v.length; i++) {
                int c = (i / (32 * 32)) % 3;
                assertTrue(v[i] >= low[c] - 1e-6 && v[i] <= up[c] + 1e-6, "value " + v[i] + " in channel " + c);
                if (v[i] > low[c] + 1e-4 && v[i] < up[c] - 1e-4) {
                    interior++;
                }
            }
            assertTrue(interior > v.length / 10, "not everything is clamped: " + interior + " of " + v.length);
            assertEquals(new Shape(5, 3, 32, 32), RAND_CONV.apply(batch, 5, new Random(3)).getShape());
        }
    }

    @Test
    void sameSeedSameOutputOtherSeedOtherOutput() {
        try (NDManager step = manager.newSubManager()) {
            NDArray a = RAND_CONV.apply(batch, new Random(7));
            NDArray b = RAND_CONV.apply(batch, new Random(7));
            NDArray c = RAND_CONV.apply(batch, new Random(8));
            a.attach(step);
            b.attach(step);
            c.attach(step);
            assertArrayEquals(a.toFloatArray(), b.toFloatArray());
            assertFalse(Arrays.equals(a.toFloatArray(), c.toFloatArray()));
        }
    }

    @Test
    void kernelsComeFromTheSetWithKaimingNormalWeightsAndBoundedBiases() {
        Random rnd = new Random(11);
        Set<Integer> sizes = new HashSet<>();
        for (int i = 0; i < 300; i++) {
            RandConvKernel k = RAND_CONV.drawKernel(rnd);
            assertTrue(AugmentDefaults.RANDCONV_KERNEL_SIZES.contains(k.size()), "size " + k.size());
            sizes.add(k.size());
            double bound = 1 / Math.sqrt(k.fanIn());
            for (float b : k.bias()) {
                assertTrue(Math.abs(b) <= bound, "bias " + b);
            }
            double sq = 0;
            for (float w : k.weight()) {
                sq += w * w;
            }
            double std = Math.sqrt(sq / k.weight().length);
            assertEquals(bound, std, 0.15 * bound, "weight std for size " + k.size());
        }
        assertEquals(Set.copyOf(AugmentDefaults.RANDCONV_KERNEL_SIZES), sizes, "every size is drawn");
    }

    @Test
    void aCentredIdentityKernelReturnsTheImagesAndPaddingKeepsTheirAlignment() {
        int k = 9;
        float[] w = new float[3 * 3 * k * k];
        for (int c = 0; c < 3; c++) {
            w[((c * 3 + c) * k + k / 2) * k + k / 2] = 1f;
        }
        RandConvKernel identity = new RandConvKernel(k, w, new float[3]);
        try (NDManager step = manager.newSubManager()) {
            NDArray out = RAND_CONV.convolve(batch, identity);
            out.attach(step);
            assertArrayEquals(batch.toFloatArray(), out.toFloatArray(), 1e-6f);
        }
    }

    @Test
    void drawnImagesAreConvolvedImagesOfTheBatch() {
        Random rnd = new Random(21);
        RandConvKernel kernel = RAND_CONV.drawKernel(new Random(21));
        try (NDManager step = manager.newSubManager()) {
            NDArray drawn = RAND_CONV.apply(batch, 12, rnd);
            NDArray all = RAND_CONV.convolve(batch, kernel);
            drawn.attach(step);
            all.attach(step);
            Set<Integer> used = new HashSet<>();
            for (int i = 0; i < 12; i++) {
                float[] img = drawn.get(i).toFloatArray();
                int match = -1;
                for (int j = 0; j < 8 && match < 0; j++) {
                    if (maxAbsDiff(img, all.get(j).toFloatArray()) < 1e-5) {
                        match = j;
                    }
                }
                assertTrue(match >= 0, "drawn image " + i + " is a convolved batch image");
                used.add(match);
            }
            assertTrue(used.size() > 1, "draws vary");
        }
    }

    @Test
    void badBatchesAndSettingsAreRejected() {
        try (NDManager step = manager.newSubManager()) {
            NDArray gray = step.zeros(new Shape(2, 1, 32, 32));
            assertThrows(KysException.class, () -> RAND_CONV.apply(gray, new Random(1)));
            NDArray ints = step.zeros(new Shape(2, 3, 32, 32), DataType.INT32);
            assertThrows(KysException.class, () -> RAND_CONV.apply(ints, new Random(1)));
        }
        assertThrows(KysException.class, () -> new RandConv(List.of(4), 32, 0.5, List.of(0.5, 0.5, 0.5), List.of(1.0, 1.0, 1.0)));
        assertThrows(KysException.class, () -> RAND_CONV.apply(batch, 0, new Random(1)));
    }

    @Test
    void shouldApplyFiresAboutHalfTheSteps() {
        Random rnd = new Random(4);
        int fired = 0;
        for (int i = 0; i < 2000; i++) {
            if (RAND_CONV.shouldApply(rnd)) {
                fired++;
            }
        }
        assertEquals(1000, fired, 80);
    }

    private static double maxAbsDiff(float[] a, float[] b) {
        double m = 0;
        for (int i = 0; i < a.length; i++) {
            m = Math.max(m, Math.abs(a[i] - b[i]));
        }
        return m;
    }
}
