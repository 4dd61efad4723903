package io.kys.train;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import org.junit.jupiter.api.Test;

class EnergyLossTest {
    @Test
    void energyIsNegativeTemperatureTimesLogSumExp() {
        try (NDManager m = NDManager.newBaseManager()) {
            float[] z = {1f, 2f, 3f, -100f, 0f, 100f};
            NDArray logits = m.create(z, new Shape(2, 3));
            float[] e = EnergyLoss.energy(logits, 2.0).toFloatArray();
            for (int i = 0; i < 2; i++) {
                double max = Math.max(z[3 * i], Math.max(z[3 * i + 1], z[3 * i + 2])) / 2.0;
                double s = 0;
                for (int k = 0; k < 3; k++) {
                    s += Math.exp(z[3 * i + k] / 2.0 - max);
                }
                assertEquals(-2.0 * (max + Math.log(s)), e[i], 1e-4);
            }
        }
    }

    @Test
    void weightedCrossEntropyNormalizesBySummedWeights() {
        try (NDManager m = NDManager.newBaseManager()) {
            NDArray logits = m.create(new float[] {2f, 0f, 0f, 1f, 0.5f, 0.5f}, new Shape(3, 2));
            NDArray labels = m.create(new int[] {0, 1, 0});
            float[] w = {0.25f, 0.75f};
            double[] nll = new double[3];
            float[][] rows = {{2f, 0f}, {0f, 1f}, {0.5f, 0.5f}};
            int[] y = {0, 1, 0};
            double num = 0;
            double den = 0;
            for (int i = 0; i < 3; i++) {
                double lse = Math.log(Math.exp(rows[i][0]) + Math.exp(rows[i][1]));
                nll[i] = lse - rows[i][y[i]];
                num += w[y[i]] * nll[i];
                den += w[y[i]];
            }
            assertEquals(num / den, EnergyLoss.crossEntropy(logits, labels, m.create(w)).getFloat(), 1e-5);
            assertEquals((nll[0] + nll[1] + nll[2]) / 3, EnergyLoss.crossEntropy(logits, labels, null).getFloat(), 1e-5);
        }
    }

    @Test
    void marginsPenalizeOnlyTheWrongSide() {
        try (NDManager m = NDManager.newBaseManager()) {
            NDArray energies = m.create(new float[] {-25f, -20f, -10f});
            // inliers above m_in = -20: only -10 counts, (10)^2 / 3
            assertEquals(100.0 / 3, EnergyLoss.inlierMargin(energies, -20).getFloat(), 1e-4);
            // outliers below m_out = -7: all three, (18^2 + 13^2 + 3^2) / 3
            assertEquals((324 + 169 + 9) / 3.0, EnergyLoss.outlierMargin(energies, -7).getFloat(), 1e-3);
        }
    }

    @Test
    void classWeightsAreOneMinusFrequency() {
        assertArrayEquals(new float[] {0.75f, 0.25f}, EnergyLoss.classWeights(new int[] {1, 3}), 1e-7f);
    }
}
