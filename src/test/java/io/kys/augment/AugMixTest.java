package io.kys.augment;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.kys.KysException;
import io.kys.data.UInt8Image;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class AugMixTest {
    private final UInt8Image img = TestImages.random(32, 32, 3, 21);

    @Test
    void mixingWithSkipWeightZeroReturnsTheImageAndOneReturnsTheChains() {
        UInt8Image a = TestImages.random(32, 32, 3, 1);
        UInt8Image b = TestImages.random(32, 32, 3, 2);
        UInt8Image[] chains = {a, b};
        assertArrayEquals(img.data(), AugMix.mix(img, chains, new double[] {0.3, 0.7}, 0.0).data());
        assertArrayEquals(a.data(), AugMix.mix(img, chains, new double[] {1.0, 0.0}, 1.0).data());
        UInt8Image half = AugMix.mix(img, chains, new double[] {0.25, 0.75}, 0.5);
        for (int i = 0; i < img.data().length; i++) {
            double expected = 0.5 * (img.data()[i] & 0xFF) + 0.5 * (0.25 * (a.data()[i] & 0xFF) + 0.75 * (b.data()[i] & 0xFF));
            assertEquals(expected, half.data()[i] & 0xFF, 0.5 + 1e-9, "value " + i);
        }
    }

    @Test
    void sameSeedSameOutputOtherSeedOtherOutput() {
        AugMix augMix = AugMix.outliers();
        UInt8Image a = augMix.apply(img, new Random(5));
        assertArrayEquals(a.data(), augMix.apply(img, new Random(5)).data());
        assertFalse(Arrays.equals(a.data(), augMix.apply(img, new Random(6)).data()));
    }

    @Test
    void chainsHaveDepthOneToMaxDepthAndDrawOpsUniformly() {
        int[] calls = new int[4];
        List<ImageOp> ops = new ArrayList<>();
        for (int k = 0; k < calls.length; k++) {
            int index = k;
            ops.add((image, severity, rnd) -> {
                calls[index]++;
                assertEquals(7, severity, "the configured severity reaches the ops");
                return image;
            });
        }
        AugMix augMix = new AugMix(7, 3, 3, 1.0, ops);
        Random rnd = new Random(8);
        int minCalls = Integer.MAX_VALUE;
        int maxCalls = 0;
        int total = 0;
        int runs = 3000;
        for (int r = 0; r < runs; r++) {
            int before = Arrays.stream(calls).sum();
            augMix.apply(img, rnd);
            int n = Arrays.stream(calls).sum() - before;
            minCalls = Math.min(minCalls, n);
            maxCalls = Math.max(maxCalls, n);
            total += n;
        }
        assertEquals(3, minCalls, "three chains of depth 1");
        assertEquals(9, maxCalls, "three chains of depth 3");
        assertEquals(6.0, (double) total / runs, 0.1, "mean depth 2 per chain");
        for (int c : calls) {
            assertEquals(total / 4.0, c, total * 0.02, "uniform op choice");
        }
    }

    @Test
    void outliersMoveFurtherFromTheImageThanMildInliers() {
        Random rnd = new Random(13);
        double outlier = 0;
        double inlier = 0;
        int n = 60;
        UInt8Image smooth = TestImages.disc(32, 9).toRgb();
        for (int i = 0; i < n; i++) {
            outlier += TestImages.meanAbsDiff(smooth, AugMix.outliers().apply(smooth, rnd)) / n;
            inlier += TestImages.meanAbsDiff(smooth, AugMix.mildInliers().apply(smooth, rnd)) / n;
        }
        assertTrue(outlier > 1.3 * inlier, "outliers change " + outlier + " per value, inliers " + inlier);
    }

    @Test
    void presetsCarryThePapersSettingsAndBadSettingsAreRejected() {
        AugMix out = AugMix.outliers();
        assertEquals(11, out.severity());
        assertEquals(3, out.width());
        assertEquals(3, out.maxDepth());
        assertEquals(1.0, out.alpha());
        assertEquals(13, out.ops().size());
        assertEquals(3, AugMix.mildInliers().severity());
        assertThrows(KysException.class, () -> new AugMix(0, 3, 3, 1));
        assertThrows(KysException.class, () -> new AugMix(11, 0, 3, 1));
        assertThrows(KysException.class, () -> new AugMix(11, 3, 0, 1));
        assertThrows(KysException.class, () -> new AugMix(11, 3, 3, 0));
        assertThrows(KysException.class, () -> new AugMix(11, 3, 3, 1, List.of()));
    }
}
