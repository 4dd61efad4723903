package io.kys.experiment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The paired seed comparison: per-seed signs, the exact sign test and the paired t-test. */
class PairedComparisonTest {
    @Test
    void studentTailsMatchScipy() {
        // Reference values: 2 * scipy.stats.t.sf(|t|, df), scipy 1.17.
        assertEquals(0.0499925249852145, PairedComparison.studentTwoSidedP(4.303, 2), 1e-12);
        assertEquals(0.050017136543313766, PairedComparison.studentTwoSidedP(3.182, 3), 1e-12);
        assertEquals(0.05000080235813319, PairedComparison.studentTwoSidedP(12.706, 1), 1e-12);
        assertEquals(0.05002277831997642, PairedComparison.studentTwoSidedP(2.776, 4), 1e-12);
        assertEquals(0.2503006341706771, PairedComparison.studentTwoSidedP(1.3, 5), 1e-12);
        assertEquals(0.701081667170405, PairedComparison.studentTwoSidedP(0.4, 7), 1e-12);
        assertEquals(0.04424247126232353, PairedComparison.studentTwoSidedP(2.1, 30), 1e-12);
        assertEquals(0.12961172022151082, PairedComparison.studentTwoSidedP(-2.5, 2), 1e-12);
        assertEquals(1.0, PairedComparison.studentTwoSidedP(0, 3), 1e-15);
        assertThrows(IllegalArgumentException.class, () -> PairedComparison.studentTwoSidedP(1, 0));
    }

    @Test
    void signTestIsTheExactBinomialTail() {
        // scipy.stats.binomtest(k, n).pvalue
        assertEquals(0.25, PairedComparison.signTestP(3, 0), 1e-15);
        assertEquals(1.0, PairedComparison.signTestP(2, 1), 1e-15);
        assertEquals(0.0625, PairedComparison.signTestP(0, 5), 1e-15);
        assertEquals(0.21875, PairedComparison.signTestP(1, 5), 1e-15);
    }

    @Test
    void comparesSeedBySeedAndLeavesOutMissingPairs() {
        PairedComparison c = PairedComparison.of(new double[] {0.9, 0.8, Double.NaN, 0.7},
                new double[] {0.85, 0.82, 0.5, 0.6});
        assertEquals(3, c.n());
        assertEquals("+-+", c.signs());
        assertEquals((0.05 - 0.02 + 0.1) / 3, c.meanDifference(), 1e-12);
        assertEquals(1.0, c.signTestP(), 1e-15);
        // d = (0.05, -0.02, 0.1): t = mean / (sd / sqrt 3), 2 degrees of freedom.
        double sd = Math.sqrt(((0.05 - 0.13 / 3) * (0.05 - 0.13 / 3) + (-0.02 - 0.13 / 3) * (-0.02 - 0.13 / 3)
                + (0.1 - 0.13 / 3) * (0.1 - 0.13 / 3)) / 2);
        assertEquals(PairedComparison.studentTwoSidedP((0.13 / 3) / (sd / Math.sqrt(3)), 2), c.tTestP(), 1e-12);
        assertTrue(c.tTestP() > 0.05, "three mixed seeds are not a significant gap");
    }

    @Test
    void tooFewPairsGiveNoTest() {
        PairedComparison one = PairedComparison.of(new double[] {0.9}, new double[] {0.8});
        assertEquals("+", one.signs());
        assertTrue(Double.isNaN(one.tTestP()));
        PairedComparison none = PairedComparison.of(new double[] {Double.NaN}, new double[] {0.8});
        assertEquals(0, none.n());
        assertTrue(Double.isNaN(none.signTestP()) && Double.isNaN(none.meanDifference()));
        PairedComparison same = PairedComparison.of(new double[] {0.5, 0.6}, new double[] {0.4, 0.5});
        assertEquals(0.0, same.tTestP(), 0.0, "identical non-zero differences have no spread");
        assertThrows(IllegalArgumentException.class, () -> PairedComparison.of(new double[1], new double[2]));
    }

    @Test
    void seedStatsIgnoreMissingValuesAndFormatMeanAndSd() {
        SeedStats s = SeedStats.of(new double[] {0.5, Double.NaN, 0.7, 0.9});
        assertEquals(3, s.n());
        assertEquals(0.7, s.mean(), 1e-12);
        assertEquals(0.2, s.sd(), 1e-12);
        assertEquals(0.5, s.min(), 0);
        assertEquals(0.9, s.max(), 0);
        assertEquals("70.0 ± 20.0", s.scaled(100).format(1));
        assertEquals("0.80", SeedStats.of(new double[] {0.8}).format(2));
        assertEquals("–", SeedStats.of(new double[] {Double.NaN}).format(2));
    }
}
