package io.kys.ood.detect;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** Hand-worked values of the logit detectors, including where naive formulas lose all digits. */
class LogitDetectorsTest {
    private static double score(Detector detector, double... logits) {
        Matrix z = new Matrix(1, logits.length, logits);
        return detector.fit(Synthetic.train(2, 2, logits.length, 0)).score(new Samples(z, z))[0];
    }

    @Test
    void twoEqualLogits() {
        // p = (1/2, 1/2): energy log 2, MSP 1/2, entropy -log 2, GEN -2 (1/4)^gamma.
        assertEquals(Math.log(2) + 1, score(new EnergyDetector(1), 1, 1), 1e-15);
        assertEquals(2 * (Math.log(2) + 0.5), score(new EnergyDetector(2), 1, 1), 1e-15);
        assertEquals(0.5, score(new MspDetector(), 1, 1), 1e-15);
        assertEquals(1, score(new MaxLogitDetector(), 1, 1));
        assertEquals(-Math.log(2), score(new EntropyDetector(), 1, 1), 1e-15);
        assertEquals(-2 * Math.pow(0.25, 0.1), score(new GenDetector(0.1, 100), 1, 1), 1e-15);
    }

    @Test
    void genTakesTheTopMProbabilities() {
        double[] z = {2, 0, 1};
        double[] p = new double[3];
        LogitMath.softmax(z, 0, 3, 1, p);
        double top = Math.pow(p[0], 0.5) * Math.pow(p[1] + p[2], 0.5);
        double second = Math.pow(p[2], 0.5) * Math.pow(1 - p[2], 0.5);
        assertEquals(-top, score(new GenDetector(0.5, 1), z), 1e-15);
        assertEquals(-top - second, score(new GenDetector(0.5, 2), z), 1e-15);
    }

    @Test
    void genKeepsTheDigitsOfAConfidentPrediction() {
        // p_top = 1 - 4.2e-18 rounds to 1, so 1 - p_top would be 0 and lose the top class's term.
        double q = Math.exp(-40) / (1 + Math.exp(-40));
        double want = -(Math.pow(1 - q, 0.1) * Math.pow(q, 0.1) + Math.pow(q, 0.1) * Math.pow(1 - q, 0.1));
        assertEquals(want, score(new GenDetector(0.1, 100), 40, 0), 1e-15);
    }
}
