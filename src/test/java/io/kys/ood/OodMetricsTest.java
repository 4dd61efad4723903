package io.kys.ood;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.kys.KysException;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Properties of the OOD metrics checked against independent, brute-force definitions. */
class OodMetricsTest {

    /** AUROC as the Mann-Whitney statistic: P(id > ood) + 0.5 P(id == ood), over all pairs. */
    private static double pairwiseAuroc(double[] id, double[] ood) {
        double wins = 0;
        for (double a : id) {
            for (double b : ood) {
                wins += a > b ? 1 : a == b ? 0.5 : 0;
            }
        }
        return wins / ((double) id.length * ood.length);
    }

    private static double[] roundedGaussian(Random random, int n, double mean, double step) {
        double[] values = new double[n];
        for (int i = 0; i < n; i++) {
            values[i] = Math.round((mean + random.nextGaussian()) / step) * step;
        }
        return values;
    }

    @Test
    void aurocEqualsPairwiseCountWithTies() {
        Random random = new Random(7);
        for (int trial = 0; trial < 20; trial++) {
            double[] id = roundedGaussian(random, 1 + random.nextInt(60), 0.7, 0.5);
            double[] ood = roundedGaussian(random, 1 + random.nextInt(60), 0.0, 0.5);
            assertEquals(pairwiseAuroc(id, ood), OodMetrics.of(id, ood).auroc(), 1e-12);
        }
    }

    @Test
    void handWorkedSmallCase() {
        // ID {3, 2, 2}, OOD {2, 1}. Thresholds 3, 2, 1 give (TP, FP) = (1,0), (3,1), (3,2).
        double[] id = {3, 2, 2};
        double[] ood = {2, 1};
        OodMetrics r = OodMetrics.of(id, ood);
        // Pairs: 3 beats both (2), each 2 ties one and beats one (2 x 1.5) -> 5 / 6.
        assertEquals(5.0 / 6, r.auroc(), 1e-15);
        // AP-In: recall 1/3 at precision 1, then recall +2/3 at precision 3/4.
        assertEquals(1.0 / 3 + 2.0 / 3 * 3 / 4, r.auprIn(), 1e-15);
        // AP-Out (OOD positive, scores negated): thresholds -1, -2 give (TP, FP) = (1,0), (2,2).
        assertEquals(0.5 * 1 + 0.5 * 0.5, r.auprOut(), 1e-15);
        // TPR reaches 95% only at threshold 2, where FPR = 1/2.
        assertEquals(0.5, r.fprAt95Tpr(), 1e-15);
        // 0.5 (1 - TPR + FPR): (0,0) -> 0.5, (1/3, 0) -> 1/3, (1, 1/2) -> 1/4, (1, 1) -> 1/2.
        assertEquals(0.25, r.detectionError(), 1e-15);
    }

    @Test
    void aurocOutIsAurocInWithRolesSwapped() {
        Random random = new Random(11);
        double[] id = roundedGaussian(random, 300, 1.0, 0.25);
        double[] ood = roundedGaussian(random, 200, 0.0, 0.25);
        double[] negatedOod = java.util.Arrays.stream(ood).map(v -> -v).toArray();
        double[] negatedId = java.util.Arrays.stream(id).map(v -> -v).toArray();
        assertEquals(OodMetrics.of(negatedOod, negatedId).auprIn(), OodMetrics.of(id, ood).auprOut(), 1e-12);
    }

    @Test
    void invariantUnderIncreasingTransformAndOrder() {
        Random random = new Random(3);
        double[] id = roundedGaussian(random, 150, 0.5, 0.1);
        double[] ood = roundedGaussian(random, 90, 0.0, 0.1);
        double[] idExp = java.util.Arrays.stream(id).map(Math::exp).toArray();
        double[] oodExp = java.util.Arrays.stream(ood).map(Math::exp).toArray();
        double[] idReversed = new double[id.length];
        for (int i = 0; i < id.length; i++) {
            idReversed[i] = id[id.length - 1 - i];
        }
        OodMetrics base = OodMetrics.of(id, ood);
        assertEquals(base, OodMetrics.of(idReversed, ood));
        OodMetrics transformed = OodMetrics.of(idExp, oodExp);
        assertEquals(base.auroc(), transformed.auroc(), 1e-12);
        assertEquals(base.auprIn(), transformed.auprIn(), 1e-12);
        assertEquals(base.fprAt95Tpr(), transformed.fprAt95Tpr(), 1e-12);
    }

    @Test
    void inputsAreNotModified() {
        double[] id = {0.3, 0.9, 0.1};
        double[] ood = {0.5, 0.2};
        OodMetrics.of(id, ood);
        assertArrayEquals(new double[] {0.3, 0.9, 0.1}, id);
        assertArrayEquals(new double[] {0.5, 0.2}, ood);
    }

    @Test
    void rocCurveRunsFromOriginToOne() {
        RocCurve roc = RocCurve.of(new double[] {0.9, 0.8, 0.3}, new double[] {0.85, 0.1});
        assertEquals(0, roc.fpr()[0]);
        assertEquals(0, roc.tpr()[0]);
        assertEquals(Double.POSITIVE_INFINITY, roc.thresholds()[0]);
        assertEquals(1, roc.fpr()[roc.fpr().length - 1]);
        assertEquals(1, roc.tpr()[roc.tpr().length - 1]);
        for (int k = 1; k < roc.fpr().length; k++) {
            assertTrue(roc.fpr()[k] >= roc.fpr()[k - 1] && roc.tpr()[k] >= roc.tpr()[k - 1]);
            assertTrue(roc.thresholds()[k] < roc.thresholds()[k - 1]);
        }
    }

    @Test
    void simplifiedCurveKeepsCornersAndArea() {
        // Distinct scores alternating ID, OOD give a staircase: every point is a corner. Equal
        // steps along one diagonal (a tie group of one ID and one OOD per score) are collinear.
        double[] id = {10, 9, 8, 7, 3};
        double[] ood = {9, 8, 7, 2, 1};
        RocCurve full = RocCurve.of(id, ood);
        RocCurve simple = full.simplified();
        // Points: (0,0), (0,.2), (.2,.4), (.4,.6), (.6,.8), (.6,1), (.8,1), (1,1); (.2,.4) and (.4,.6)
        // lie on the diagonal segment from (0,.2) to (.6,.8), and (.8,1) on the top edge.
        assertEquals(8, full.fpr().length);
        assertArrayEquals(new double[] {0, 0, 0.6, 0.6, 1}, simple.fpr(), 1e-15);
        assertArrayEquals(new double[] {0, 0.2, 0.8, 1, 1}, simple.tpr(), 1e-15);
        assertEquals(full.auc(), simple.auc(), 1e-15);
        // The full curve reaches TPR 0.95 first at (0.6, 1); before that TPR is 0.8.
        assertEquals(0.6, full.fprAtTpr(0.95), 1e-15);
        assertEquals(3, full.thresholdAtTpr(0.95));
    }

    @Test
    void largeInputsMatchTheAnalyticAuroc() {
        Random random = new Random(5);
        double[] id = new double[400_000];
        double[] ood = new double[400_000];
        for (int i = 0; i < id.length; i++) {
            id[i] = random.nextGaussian() + 1;
            ood[i] = random.nextGaussian();
        }
        OodMetrics r = OodMetrics.of(id, ood);
        // Two unit-variance Gaussians one apart: AUROC = Phi(1 / sqrt 2) = 0.7602.
        assertEquals(0.7602, r.auroc(), 0.003);
    }

    @Test
    void emptyOrNonFiniteScoresAreUserErrors() {
        KysException empty = assertThrows(KysException.class, () -> OodMetrics.of(new double[0], new double[] {1}));
        assertTrue(empty.getMessage().contains("ID"), empty.getMessage());
        KysException nan = assertThrows(KysException.class,
                () -> OodMetrics.of(new double[] {1}, new double[] {0, Double.NaN}));
        assertTrue(nan.getMessage().contains("OOD score 1 is NaN"), nan.getMessage());
    }
}
