package io.kys.latent;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.Random;
import java.util.SplittableRandom;
import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.CommonOps_DDRM;
import org.junit.jupiter.api.Test;

class LowDensitySamplerTest {
    private static final double[] MU = {1, -2, 0.5, 3, 0};

    private static ClassConditionalGaussian fiveD() throws GaussianFitException {
        double[] other = {-1, 0, 2, 0, 1};
        return ClassConditionalGaussian.of(new double[][] {MU, other}, ClassConditionalGaussianTest.knownCovariance());
    }

    @Test
    void keptSamplesAreTheLowestDensityOnesByTheDirectFormula() throws GaussianFitException {
        ClassConditionalGaussian g = fiveD();
        int n = 2000;
        int keep = 40;
        LatentSamples s = LowDensitySampler.sample(g, n, keep, new Random(21), LowDensitySampler.Method.FULL);

        // Re-create class 0's draws from the same seed and judge them with the inverse covariance.
        SplittableRandom gen = new SplittableRandom(new Random(21).nextLong());
        double[] z = new double[n * 5];
        LowDensitySampler.drawStandardNormals(gen, z, new double[n], 5);
        DMatrixRMaj cov = g.covariance();
        DMatrixRMaj inv = cov.copy();
        assertTrue(CommonOps_DDRM.invert(inv));
        double logDet = Math.log(CommonOps_DDRM.det(cov));
        DMatrixRMaj l = g.choleskyFactor();
        double[][] x = new double[n][5];
        double[] density = new double[n];
        for (int i = 0; i < n; i++) {
            for (int a = 0; a < 5; a++) {
                x[i][a] = MU[a];
                for (int b = 0; b < 5; b++) {
                    x[i][a] += l.get(a, b) * z[i * 5 + b];
                }
            }
            density[i] = ClassConditionalGaussianTest.directLogDensity(x[i], MU, inv, logDet);
        }
        Integer[] order = new Integer[n];
        for (int i = 0; i < n; i++) {
            order[i] = i;
        }
        Arrays.sort(order, (a, b) -> Double.compare(density[a], density[b]));
        int[] lowest = Arrays.stream(order, 0, keep).mapToInt(Integer::intValue).sorted().toArray();
        assertTrue(density[order[keep - 1]] < density[order[keep]], "the cut must separate kept from the rest");
        for (int k = 0; k < keep; k++) {
            assertEquals(0, s.labels()[k]);
            for (int a = 0; a < 5; a++) {
                assertEquals(x[lowest[k]][a], s.features()[k * 5 + a], 1e-5, "sample " + k + " coordinate " + a);
            }
            assertEquals(density[lowest[k]], s.logDensities()[k], 1e-8);
        }
    }

    @Test
    void radialAndFullKeepTheSameDistribution() throws GaussianFitException {
        ClassConditionalGaussian g = fiveD();
        int reps = 3000;
        double[][] stats = new double[2][];
        LowDensitySampler.Method[] methods = LowDensitySampler.Method.values();
        for (int m = 0; m < 2; m++) {
            Random r = new Random(100 + m);
            double[] radii = new double[reps * 3];
            for (int t = 0; t < reps; t++) {
                LatentSamples s = LowDensitySampler.sample(g, 60, 3, r, methods[m]);
                for (int k = 0; k < 3; k++) {
                    radii[t * 3 + k] = whitenedSquaredNorm(g, s.logDensities()[k]);
                }
            }
            stats[m] = radii;
        }
        double mean0 = Arrays.stream(stats[0]).average().orElseThrow();
        double mean1 = Arrays.stream(stats[1]).average().orElseThrow();
        double var0 = Arrays.stream(stats[0]).map(v -> (v - mean0) * (v - mean0)).average().orElseThrow();
        double se = Math.sqrt(2 * var0 / stats[0].length);
        assertEquals(mean0, mean1, 5 * se, "mean kept |z|^2 of RADIAL vs FULL");
        // Both sit well in the tail of chi-square(5), whose mean is 5.
        assertTrue(mean0 > 10 && mean1 > 10, mean0 + " " + mean1);
        double[] q0 = stats[0].clone();
        double[] q1 = stats[1].clone();
        Arrays.sort(q0);
        Arrays.sort(q1);
        for (double p : new double[] {0.1, 0.5, 0.9}) {
            int i = (int) (p * q0.length);
            assertEquals(q0[i], q1[i], 0.05 * q0[i], "quantile " + p);
        }
    }

    @Test
    void radialSamplesPointInEveryDirection() throws GaussianFitException {
        ClassConditionalGaussian g = fiveD();
        Random r = new Random(8);
        int reps = 2000;
        double[] mean = new double[5];
        for (int t = 0; t < reps; t++) {
            LatentSamples s = LowDensitySampler.sample(g, 100, 4, r);
            for (int k = 0; k < 4; k++) {
                for (int a = 0; a < 5; a++) {
                    mean[a] += (s.features()[k * 5 + a] - MU[a]) / (4.0 * reps);
                }
            }
        }
        DMatrixRMaj cov = g.covariance();
        for (int a = 0; a < 5; a++) {
            // Kept samples have |z|^2 around 13, so each offset has variance about 13/5 * S_aa.
            double se = Math.sqrt(13.0 / 5 * cov.get(a, a) / (4.0 * reps));
            assertEquals(0, mean[a], 5 * se, "offset mean " + a);
        }
    }

    @Test
    void sameSeedSameSamplesOtherSeedOtherSamples() throws GaussianFitException {
        ClassConditionalGaussian g = fiveD();
        for (LowDensitySampler.Method method : LowDensitySampler.Method.values()) {
            LatentSamples a = LowDensitySampler.sample(g, 500, 7, new Random(1), method);
            LatentSamples b = LowDensitySampler.sample(g, 500, 7, new Random(1), method);
            LatentSamples c = LowDensitySampler.sample(g, 500, 7, new Random(2), method);
            assertArrayEquals(a.features(), b.features());
            assertFalse(Arrays.equals(a.features(), c.features()));
            assertEquals(14, a.count());
            assertArrayEquals(new int[] {0, 0, 0, 0, 0, 0, 0, 1, 1, 1, 1, 1, 1, 1}, a.labels());
        }
    }

    @Test
    void paperSizesGiveClassesTimesKeepVectors() throws GaussianFitException {
        FeatureQueues q = ClassConditionalGaussianTest.randomQueues(8, 250, 128, 3);
        LatentSamples s = LowDensitySampler.sample(ClassConditionalGaussian.fit(q), LatentSettings.PAPER, new Random(4));
        assertEquals(8 * 64, s.count());
        assertEquals(8 * 64 * 128, s.features().length);
        for (float v : s.features()) {
            assertTrue(Float.isFinite(v));
        }
    }

    @Test
    void rejectsKeepingMoreThanDrawn() throws GaussianFitException {
        ClassConditionalGaussian g = fiveD();
        assertThrows(IllegalArgumentException.class, () -> LowDensitySampler.sample(g, 10, 11, new Random(1)));
    }

    @Test
    void largestPicksTheTopValuesInIndexOrder() {
        assertArrayEquals(new int[] {1, 3}, LowDensitySampler.largest(new double[] {1, 5, 2, 7, 0}, 2));
        assertArrayEquals(new int[] {0, 1}, LowDensitySampler.largest(new double[] {3, 3, 3}, 2));
        assertArrayEquals(new int[] {0, 2, 3}, LowDensitySampler.largest(new double[] {2, 1, 2, 5, 2}, 3));
        // Against a full sort on random data.
        Random r = new Random(6);
        double[] v = r.doubles(5000).toArray();
        Integer[] order = new Integer[v.length];
        for (int i = 0; i < v.length; i++) {
            order[i] = i;
        }
        Arrays.sort(order, (a, b) -> Double.compare(v[b], v[a]));
        int[] expected = Arrays.stream(order, 0, 64).mapToInt(Integer::intValue).sorted().toArray();
        assertArrayEquals(expected, LowDensitySampler.largest(v, 64));
    }

    private static double whitenedSquaredNorm(ClassConditionalGaussian g, double logDensity) {
        return -2 * logDensity - g.dim() * Math.log(2 * Math.PI) - g.logDeterminant();
    }
}
