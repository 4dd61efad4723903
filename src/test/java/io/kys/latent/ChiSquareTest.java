package io.kys.latent;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class ChiSquareTest {
    @Test
    void momentsMatchChiSquare() {
        for (int d : new int[] {1, 5, 128}) {
            SplittableRandom gen = new SplittableRandom(d);
            int n = 200_000;
            double sum = 0;
            double sumSq = 0;
            for (int i = 0; i < n; i++) {
                double v = ChiSquare.draw(gen, d);
                sum += v;
                sumSq += v * v;
            }
            double mean = sum / n;
            double var = sumSq / n - mean * mean;
            assertEquals(d, mean, 5 * Math.sqrt(2.0 * d / n), "mean, d=" + d);
            assertEquals(2.0 * d, var, 0.03 * 2 * d, "variance, d=" + d);
        }
    }
}
