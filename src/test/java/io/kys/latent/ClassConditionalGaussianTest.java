package io.kys.latent;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.CommonOps_DDRM;
import org.junit.jupiter.api.Test;

class ClassConditionalGaussianTest {

    /** A 5-D covariance with strong correlations: A A^T + 0.5 I for a fixed A. */
    static DMatrixRMaj knownCovariance() {
        double[][] a = {
            {1.0, 0.5, 0.0, 0.2, 0.1},
            {0.3, 2.0, 0.4, 0.0, 0.0},
            {0.0, -0.7, 1.5, 0.3, 0.2},
            {0.2, 0.0, 0.6, 0.8, -0.4},
            {0.1, 0.3, 0.0, -0.2, 1.2}};
        DMatrixRMaj m = new DMatrixRMaj(a);
        DMatrixRMaj cov = new DMatrixRMaj(5, 5);
        CommonOps_DDRM.multTransB(m, m, cov);
        for (int i = 0; i < 5; i++) {
            cov.add(i, i, 0.5);
        }
        return cov;
    }

    static FeatureQueues randomQueues(int classes, int capacity, int dim, long seed) {
        Random r = new Random(seed);
        FeatureQueues q = new FeatureQueues(classes, capacity, dim);
        for (int i = 0; i < classes * capacity; i++) {
            int label = i % classes;
            float[] v = new float[dim];
            for (int j = 0; j < dim; j++) {
                v[j] = (float) (3 * label + r.nextGaussian() * (1 + j % 3));
            }
            q.add(v, new int[] {label});
        }
        return q;
    }

    @Test
    void fitMatchesTheDefinitionComputedDirectly() throws GaussianFitException {
        FeatureQueues q = randomQueues(3, 20, 4, 1);
        q.add(new float[] {1, 2, 3, 4}, new int[] {1}); // class 1 evicts one vector
        ClassConditionalGaussian g = ClassConditionalGaussian.fit(q, 0.25);
        int d = 4;
        double[][] sum = new double[d][d];
        int total = 0;
        for (int c = 0; c < 3; c++) {
            float[] v = q.vectors(c);
            int n = v.length / d;
            double[] mu = new double[d];
            for (int i = 0; i < n; i++) {
                for (int j = 0; j < d; j++) {
                    mu[j] += v[i * d + j] / (double) n;
                }
            }
            assertArrayEquals(mu, g.mean(c), 1e-9);
            for (int i = 0; i < n; i++) {
                for (int a = 0; a < d; a++) {
                    for (int b = 0; b < d; b++) {
                        sum[a][b] += (v[i * d + a] - mu[a]) * (v[i * d + b] - mu[b]);
                    }
                }
            }
            total += n;
        }
        DMatrixRMaj s = g.covariance();
        for (int a = 0; a < d; a++) {
            for (int b = 0; b < d; b++) {
                assertEquals(sum[a][b] / total + (a == b ? 0.25 : 0), s.get(a, b), 1e-9);
            }
        }
        DMatrixRMaj l = g.choleskyFactor();
        DMatrixRMaj llt = new DMatrixRMaj(d, d);
        CommonOps_DDRM.multTransB(l, l, llt);
        for (int i = 0; i < d * d; i++) {
            assertEquals(s.data[i], llt.data[i], 1e-9);
        }
        assertEquals(0.0, l.get(0, 1), "factor must be lower triangular");
    }

    @Test
    void logDensityAgreesWithTheInverseCovarianceFormula() throws GaussianFitException {
        DMatrixRMaj cov = knownCovariance();
        double[][] means = {{1, -2, 0.5, 3, 0}};
        ClassConditionalGaussian g = ClassConditionalGaussian.of(means, cov);
        DMatrixRMaj inv = cov.copy();
        assertTrue(CommonOps_DDRM.invert(inv));
        double logDet = Math.log(CommonOps_DDRM.det(cov));
        assertEquals(logDet, g.logDeterminant(), 1e-10);
        Random r = new Random(4);
        for (int t = 0; t < 20; t++) {
            double[] x = new double[5];
            for (int i = 0; i < 5; i++) {
                x[i] = means[0][i] + 3 * r.nextGaussian();
            }
            assertEquals(directLogDensity(x, means[0], inv, logDet), g.logDensity(0, x), 1e-9);
        }
    }

    static double directLogDensity(double[] x, double[] mu, DMatrixRMaj inverse, double logDet) {
        int d = mu.length;
        double q = 0;
        for (int a = 0; a < d; a++) {
            for (int b = 0; b < d; b++) {
                q += (x[a] - mu[a]) * inverse.get(a, b) * (x[b] - mu[b]);
            }
        }
        return -0.5 * (d * Math.log(2 * Math.PI) + logDet + q);
    }

    @Test
    void drawsConvergeToTheMeanAndCovariance() throws GaussianFitException {
        DMatrixRMaj cov = knownCovariance();
        double[] mu = {1, -2, 0.5, 3, 0};
        ClassConditionalGaussian g = ClassConditionalGaussian.of(new double[][] {{0, 0, 0, 0, 0}, mu}, cov);
        int n = 200_000;
        float[] x = g.draw(1, n, new Random(5));
        double[] mean = new double[5];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < 5; j++) {
                mean[j] += x[i * 5 + j] / (double) n;
            }
        }
        for (int j = 0; j < 5; j++) {
            double se = Math.sqrt(cov.get(j, j) / n);
            assertEquals(mu[j], mean[j], 5 * se, "mean " + j);
        }
        for (int a = 0; a < 5; a++) {
            for (int b = 0; b < 5; b++) {
                double s = 0;
                for (int i = 0; i < n; i++) {
                    s += (x[i * 5 + a] - mean[a]) * (x[i * 5 + b] - mean[b]);
                }
                s /= n;
                double se = Math.sqrt((cov.get(a, a) * cov.get(b, b) + cov.get(a, b) * cov.get(a, b)) / n);
                assertEquals(cov.get(a, b), s, 5 * se, "cov " + a + "," + b);
            }
        }
    }

    @Test
    void nonFiniteFeaturesAreReportedNotSwallowed() {
        FeatureQueues q = randomQueues(2, 5, 3, 2);
        q.add(new float[] {0, Float.NaN, 0}, new int[] {1});
        GaussianFitException e = assertThrows(GaussianFitException.class, () -> ClassConditionalGaussian.fit(q));
        assertEquals(GaussianFitException.Reason.NON_FINITE_FEATURES, e.reason());
        assertTrue(e.getMessage().contains("class 1"), e.getMessage());

        FeatureQueues inf = randomQueues(2, 5, 3, 2);
        inf.add(new float[] {Float.POSITIVE_INFINITY, 0, 0}, new int[] {0});
        assertEquals(GaussianFitException.Reason.NON_FINITE_FEATURES,
                assertThrows(GaussianFitException.class, () -> ClassConditionalGaussian.fit(inf)).reason());
    }

    @Test
    void collapsedFeaturesWithoutRidgeAreNotPositiveDefinite() throws GaussianFitException {
        // Every queued vector of a class is the same, so the centered scatter is exactly zero.
        FeatureQueues q = new FeatureQueues(2, 4, 3);
        for (int i = 0; i < 4; i++) {
            q.add(new float[] {1, 2, 3, -1, 0, 5}, new int[] {0, 1});
        }
        GaussianFitException e = assertThrows(GaussianFitException.class, () -> ClassConditionalGaussian.fit(q, 0));
        assertEquals(GaussianFitException.Reason.NOT_POSITIVE_DEFINITE, e.reason());
        // The paper's ridge makes the same features usable: S = 0.001 I.
        ClassConditionalGaussian g = ClassConditionalGaussian.fit(q);
        assertEquals(0.001, g.covariance().get(2, 2), 1e-12);
        assertEquals(0.0, g.covariance().get(0, 2), 1e-12);
    }

    @Test
    void indefiniteCovarianceIsRejected() {
        DMatrixRMaj cov = new DMatrixRMaj(new double[][] {{1, 2}, {2, 1}});
        GaussianFitException e = assertThrows(GaussianFitException.class,
                () -> ClassConditionalGaussian.of(new double[][] {{0, 0}}, cov));
        assertEquals(GaussianFitException.Reason.NOT_POSITIVE_DEFINITE, e.reason());
    }

    @Test
    void emptyClassIsAProgrammingError() {
        FeatureQueues q = new FeatureQueues(2, 3, 2);
        q.add(new float[] {1, 2}, new int[] {0});
        assertThrows(IllegalStateException.class, () -> ClassConditionalGaussian.fit(q));
    }
}
