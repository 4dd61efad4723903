package io.kys.deploy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.kys.KysException;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The threshold for a target TPR and the rates and intervals around it. */
class TprThresholdTest {
    @Test
    void theThresholdIsTheLargestScoreReachingTheTarget() {
        double[] scores = new double[20];
        for (int i = 0; i < 20; i++) {
            scores[i] = 20 - i;
        }
        assertEquals(2, TprThreshold.forTpr(scores, 0.95), 0.0, "19 of 20 is exactly 0.95");
        assertEquals(0.95, TprThreshold.acceptedFraction(scores, 2), 0.0);
        assertEquals(1, TprThreshold.forTpr(scores, 0.951), 0.0, "just above 0.95 needs all 20");
        assertEquals(20, TprThreshold.forTpr(scores, 0.05), 0.0);
        assertEquals(1, TprThreshold.forTpr(new double[] {1, 1, 1, 1}, 0.5), 0.0, "ties are accepted together");
        assertEquals(1.0, TprThreshold.acceptedFraction(new double[] {1, 1, 1, 1}, 1), 0.0);
    }

    @Test
    void badTargetsAndScoresStopWithOneLine() {
        assertThrows(KysException.class, () -> TprThreshold.forTpr(new double[] {1}, 0));
        assertThrows(KysException.class, () -> TprThreshold.forTpr(new double[] {1}, 1.5));
        assertThrows(KysException.class, () -> TprThreshold.forTpr(new double[0], 0.95));
        KysException e = assertThrows(KysException.class, () -> TprThreshold.forTpr(new double[] {1, Double.NaN}, 0.9));
        assertEquals("an ID score is not finite; no threshold can be chosen", e.getMessage());
    }

    @Test
    void intervalsAreSeededAndCoverTheTargetForScoresFromOneDistribution() {
        Random random = new Random(3);
        double[] val = random.doubles(500).toArray();
        double[] test = random.doubles(600).toArray();
        double t = TprThreshold.forTpr(val, 0.95);
        RateBootstrap b = new RateBootstrap(400, 7);
        BundleManifest.RateEstimate c = b.calibration(val, test, 0.95, t);
        assertEquals(c, new RateBootstrap(400, 7).calibration(val, test, 0.95, t), "same seed, same interval");
        assertTrue(c.low() < 0.95 && 0.95 < c.high(), c.toString());
        assertTrue(c.low() <= c.rate() && c.rate() <= c.high(), c.toString());
        BundleManifest.RateEstimate fixed = b.accepted(test, t);
        assertEquals(c.rate(), fixed.rate(), 0.0);
        assertTrue(fixed.high() - fixed.low() < c.high() - c.low(), "re-choosing the threshold widens the interval");
    }
}
