package io.kys.ood;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.kys.KysException;
import java.util.Random;
import org.junit.jupiter.api.Test;

class BootstrapTest {
    private static double[] gaussian(Random random, int n, double mean) {
        double[] values = new double[n];
        for (int i = 0; i < n; i++) {
            values[i] = mean + random.nextGaussian();
        }
        return values;
    }

    @Test
    void sameSeedSameIntervalOtherSeedOther() {
        Random random = new Random(1);
        double[] id = gaussian(random, 200, 1);
        double[] ood = gaussian(random, 150, 0);
        ConfidenceInterval a = Bootstrap.aurocInterval(id, ood, 300, 42);
        assertEquals(a, Bootstrap.aurocInterval(id, ood, 300, 42));
        assertNotEquals(a, Bootstrap.aurocInterval(id, ood, 300, 43));
        assertEquals(0.95, a.level());
        assertEquals(300, a.resamples());
    }

    @Test
    void intervalBracketsEstimateAndShrinksWithData() {
        Random random = new Random(2);
        double[] idSmall = gaussian(random, 60, 1);
        double[] oodSmall = gaussian(random, 60, 0);
        double[] idLarge = gaussian(random, 2000, 1);
        double[] oodLarge = gaussian(random, 2000, 0);
        ConfidenceInterval small = Bootstrap.aurocInterval(idSmall, oodSmall, 400, 0);
        ConfidenceInterval large = Bootstrap.aurocInterval(idLarge, oodLarge, 400, 0);
        double estimate = OodMetrics.of(idLarge, oodLarge).auroc();
        assertTrue(large.low() < estimate && estimate < large.high(), large + " vs " + estimate);
        assertTrue(large.high() - large.low() < (small.high() - small.low()) / 3, small + " vs " + large);
        // Hanley-McNeil standard error of AUROC 0.76 with 2000 + 2000 samples: 0.0076; the 95%
        // interval spans about 3.9 of them.
        assertEquals(0.030, large.high() - large.low(), 0.008);
    }

    @Test
    void eachResampleIsTheAreaUnderItsRocCurve() {
        // The interval as it was first computed: a new ROC curve per resample, the same draws.
        Random random = new Random(3);
        double[] id = new double[300];
        double[] ood = new double[120];
        for (int i = 0; i < id.length; i++) {
            id[i] = Math.round(random.nextGaussian() * 4) / 4.0 + 0.5;
        }
        for (int j = 0; j < ood.length; j++) {
            ood[j] = j % 7 == 0 ? -0.0 : Math.round(random.nextGaussian() * 4) / 4.0;
        }
        id[0] = 0.0;
        Random draws = new Random(11);
        double[] aurocs = new double[200];
        double[] a = new double[id.length];
        double[] b = new double[ood.length];
        for (int r = 0; r < aurocs.length; r++) {
            for (int i = 0; i < a.length; i++) {
                a[i] = id[draws.nextInt(id.length)];
            }
            for (int j = 0; j < b.length; j++) {
                b[j] = ood[draws.nextInt(ood.length)];
            }
            aurocs[r] = RocCurve.of(a, b).auc();
        }
        java.util.Arrays.sort(aurocs);
        ConfidenceInterval ci = Bootstrap.aurocInterval(id, ood, 200, 11);
        assertEquals(Bootstrap.percentile(aurocs, 0.025), ci.low(), 1e-12, "ties, zeros of both signs included");
        assertEquals(Bootstrap.percentile(aurocs, 0.975), ci.high(), 1e-12);
    }

    @Test
    void separatedSetsGiveDegenerateInterval() {
        ConfidenceInterval ci = Bootstrap.aurocInterval(new double[] {5, 6, 7}, new double[] {1, 2}, 50, 9);
        assertEquals(1.0, ci.low());
        assertEquals(1.0, ci.high());
    }

    @Test
    void percentileInterpolatesLikeNumpy() {
        double[] sorted = {1, 2, 4, 8};
        // numpy.percentile([1,2,4,8], 25) = 1.75; position 0.75 between 1 and 2.
        assertEquals(1.75, Bootstrap.percentile(sorted, 0.25), 1e-15);
        assertEquals(8, Bootstrap.percentile(sorted, 1.0), 1e-15);
        assertEquals(1, Bootstrap.percentile(sorted, 0.0), 1e-15);
    }

    @Test
    void zeroResamplesIsAnError() {
        assertThrows(KysException.class, () -> Bootstrap.aurocInterval(new double[] {1}, new double[] {0}, 0, 1));
    }
}
