package io.kys.latent;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import org.junit.jupiter.api.Test;

class PcaProjectionTest {
    /** Points spread 10 along (1,1,0)/sqrt2, 1 along z, 0.1 along (1,-1,0)/sqrt2, shifted by (5,-3,2). */
    private static float[] elongated(int n, Random random) {
        float[] data = new float[n * 3];
        double s = Math.sqrt(0.5);
        for (int i = 0; i < n; i++) {
            double a = 10 * random.nextGaussian();
            double b = 1 * random.nextGaussian();
            double c = 0.1 * random.nextGaussian();
            data[i * 3] = (float) (5 + s * a + s * c);
            data[i * 3 + 1] = (float) (-3 + s * a - s * c);
            data[i * 3 + 2] = (float) (2 + b);
        }
        return data;
    }

    @Test
    void findsTheDirectionsOfLargestVarianceInOrder() {
        float[] data = elongated(4000, new Random(3));
        PcaProjection pca = PcaProjection.fit(data, 3, 2);
        double[] variance = pca.explainedVariance();
        assertEquals(100, variance[0], 6);
        assertEquals(1, variance[1], 0.08);
        double[] ratio = pca.explainedRatio();
        assertEquals(100 / 101.01, ratio[0], 0.01);
        // A step of 1 along (1,1,0)/sqrt2 moves the projection by (1, 0): that is the first axis, sign fixed.
        double s = Math.sqrt(0.5);
        float[] probes = {5, -3, 2, (float) (5 + s), (float) (-3 + s), 2};
        double[][] xy = pca.project(probes);
        assertEquals(1, xy[0][1] - xy[0][0], 0.01);
        assertEquals(0, xy[1][1] - xy[1][0], 0.01);
    }

    @Test
    void sameDataSameProjection() {
        float[] data = elongated(300, new Random(9));
        double[][] a = PcaProjection.fit(data, 3, 2).project(data);
        double[][] b = PcaProjection.fit(data.clone(), 3, 2).project(data);
        assertArrayEquals(a[0], b[0], 0);
        assertArrayEquals(a[1], b[1], 0);
        double mean = 0;
        for (double v : a[0]) {
            mean += v;
        }
        assertTrue(Math.abs(mean / a[0].length) < 1e-4, "projected data is centred");
    }

    @Test
    void rejectsTooFewRowsOrTooManyComponents() {
        assertThrows(IllegalArgumentException.class, () -> PcaProjection.fit(new float[3], 3, 1));
        assertThrows(IllegalArgumentException.class, () -> PcaProjection.fit(new float[12], 3, 4));
    }
}
