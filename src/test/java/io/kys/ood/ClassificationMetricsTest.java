package io.kys.ood;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Values worked out by hand in the comments. */
class ClassificationMetricsTest {

    @Test
    void confusionMatrixCountsTrueByPredicted() {
        int[][] m = ClassificationMetrics.confusionMatrix(new int[] {0, 0, 0, 1, 1, 2}, new int[] {0, 0, 1, 1, 0, 2}, 3);
        assertArrayEquals(new int[] {2, 1, 0}, m[0]);
        assertArrayEquals(new int[] {1, 1, 0}, m[1]);
        assertArrayEquals(new int[] {0, 0, 1}, m[2]);
    }

    @Test
    void balancedAccuracyAveragesRecalls() {
        // Recalls 2/3, 1/2, 1/1.
        assertEquals((2.0 / 3 + 0.5 + 1) / 3,
                ClassificationMetrics.balancedAccuracy(new int[] {0, 0, 0, 1, 1, 2}, new int[] {0, 0, 1, 1, 0, 2}, 3), 1e-15);
        // Class 2 is only predicted, never true: left out, mean of 1/2 and 1.
        assertEquals(0.75, ClassificationMetrics.balancedAccuracy(new int[] {0, 0, 1, 1}, new int[] {0, 2, 1, 1}, 3), 1e-15);
    }

    @Test
    void outOfRangeClassIsRejected() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> ClassificationMetrics.balancedAccuracy(new int[] {0, 3}, new int[] {0, 1}, 3));
        assertTrue(e.getMessage().contains("label 1 is class 3"), e.getMessage());
    }

    @Test
    void oneVsOneWeightsPairsByTheirSamples() {
        int[] y = {0, 0, 1, 1, 2};
        double[][] p = {
            {0.7, 0.2, 0.1},
            {0.4, 0.5, 0.1},
            {0.3, 0.6, 0.1},
            {0.5, 0.3, 0.2},
            {0.2, 0.2, 0.6},
        };
        // Pair (0,1): column 0 ranks {.7,.4} over {.3,.5} in 3 of 4 pairs, column 1 ranks {.6,.3}
        // over {.2,.5} in 3 of 4: 0.75 with weight 4/5. Pairs (0,2) and (1,2) separate perfectly,
        // weight 3/5 each. Weighted: (0.8 * 0.75 + 0.6 + 0.6) / 2.0 = 0.9 (the macro mean would be 0.9167).
        assertEquals(0.9, ClassificationMetrics.multiclassAuc(y, p), 1e-15);
    }

    @Test
    void binaryCaseIsAucOfPositiveColumnWithTies() {
        int[] y = {0, 0, 1, 1};
        // Positives {.6, .9} against negatives {.3, .6}: 1 + 0.5 (tie) + 1 + 1 of 4 pairs.
        double[][] complementary = {{0.7, 0.3}, {0.4, 0.6}, {0.4, 0.6}, {0.1, 0.9}};
        assertEquals(0.875, ClassificationMetrics.multiclassAuc(y, complementary), 1e-15);
        double[][] firstColumnIgnored = {{9, 0.3}, {-1, 0.6}, {5, 0.6}, {0, 0.9}};
        assertEquals(0.875, ClassificationMetrics.multiclassAuc(y, firstColumnIgnored), 1e-15);
    }

    @Test
    void aucIsUndefinedWithOneClass() {
        assertTrue(Double.isNaN(ClassificationMetrics.multiclassAuc(new int[] {1, 1}, new double[][] {{0.2, 0.8}, {0.4, 0.6}})));
    }

    @Test
    void missingClassUsesPairsOfPresentClasses() {
        // Class 2 has no sample: only pair (0,1) remains, with the 0.75 worked out above.
        int[] y = {0, 0, 1, 1};
        double[][] p = {{0.7, 0.2, 0.1}, {0.4, 0.5, 0.1}, {0.3, 0.6, 0.1}, {0.5, 0.3, 0.2}};
        assertEquals(0.75, ClassificationMetrics.multiclassAuc(y, p), 1e-15);
    }
}
