package io.kys.augment;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import org.junit.jupiter.api.Test;

class DistributionsTest {
    @Test
    void gammaHasMeanAndVarianceEqualToItsShape() {
        for (double shape : new double[] {0.3, 1.0, 2.5, 7.0}) {
            Random rnd = new Random(1);
            int n = 40_000;
            double sum = 0;
            double sq = 0;
            for (int i = 0; i < n; i++) {
                double g = Distributions.gamma(shape, rnd);
                assertTrue(g >= 0);
                sum += g;
                sq += g * g;
            }
            double mean = sum / n;
            double var = sq / n - mean * mean;
            assertEquals(shape, mean, 0.03 * shape + 0.01, "mean at shape " + shape);
            assertEquals(shape, var, 0.08 * shape + 0.01, "variance at shape " + shape);
        }
        assertThrows(IllegalArgumentException.class, () -> Distributions.gamma(0, new Random(1)));
    }

    @Test
    void betaMatchesItsMeanAndVariance() {
        double[][] cases = {{1, 1}, {2, 5}, {0.5, 0.5}};
        for (double[] ab : cases) {
            double a = ab[0];
            double b = ab[1];
            Random rnd = new Random(2);
            int n = 40_000;
            double sum = 0;
            double sq = 0;
            for (int i = 0; i < n; i++) {
                double x = Distributions.beta(a, b, rnd);
                assertTrue(x >= 0 && x <= 1);
                sum += x;
                sq += x * x;
            }
            double mean = sum / n;
            double var = sq / n - mean * mean;
            assertEquals(a / (a + b), mean, 0.01, "mean of Beta(" + a + "," + b + ")");
            assertEquals(a * b / ((a + b) * (a + b) * (a + b + 1)), var, 0.005, "variance of Beta(" + a + "," + b + ")");
        }
    }

    @Test
    void dirichletWeightsAreAProbabilityVectorWithEqualMeans() {
        Random rnd = new Random(3);
        double[] mean = new double[3];
        int n = 20_000;
        for (int i = 0; i < n; i++) {
            double[] w = Distributions.dirichlet(1.0, 3, rnd);
            double s = 0;
            for (int k = 0; k < 3; k++) {
                assertTrue(w[k] >= 0);
                s += w[k];
                mean[k] += w[k] / n;
            }
            assertEquals(1.0, s, 1e-12);
        }
        for (double m : mean) {
            assertEquals(1.0 / 3, m, 0.01);
        }
        assertArrayEquals(Distributions.dirichlet(1.0, 3, new Random(9)), Distributions.dirichlet(1.0, 3, new Random(9)));
    }
}
