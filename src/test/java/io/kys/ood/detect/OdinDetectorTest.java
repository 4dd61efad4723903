package io.kys.ood.detect;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;

/** ODIN's defining property on a differentiable stand-in whose gradients are known in closed form. */
class OdinDetectorTest {
    private static final int INPUTS = 6;
    private static final int CLASSES = 3;

    /** {@code logits = x A^T + c}, so the vector-Jacobian product with {@code g} is {@code g A}. */
    private static final class LinearModel implements InputGradientModel {
        private final Matrix a;
        private final double[] c;
        int forwardPasses;

        LinearModel(long seed) {
            Random random = new Random(seed);
            a = new Matrix(CLASSES, INPUTS, Synthetic.gaussian(random, CLASSES * INPUTS));
            c = Synthetic.gaussian(random, CLASSES);
        }

        @Override
        public Matrix logits(Matrix inputs) {
            forwardPasses++;
            return inputs.affine(a, c);
        }

        @Override
        public Matrix inputGradient(Matrix inputs, UnaryOperator<Matrix> logitGradient) {
            Matrix g = logitGradient.apply(logits(inputs));
            double[] out = new double[inputs.rows() * INPUTS];
            for (int i = 0; i < inputs.rows(); i++) {
                for (int j = 0; j < INPUTS; j++) {
                    double sum = 0;
                    for (int k = 0; k < CLASSES; k++) {
                        sum += g.get(i, k) * a.get(k, j);
                    }
                    out[i * INPUTS + j] = sum;
                }
            }
            return new Matrix(inputs.rows(), INPUTS, out);
        }
    }

    private static Samples samples(LinearModel model, int n, long seed) {
        Matrix x = new Matrix(n, INPUTS, Synthetic.gaussian(new Random(seed), n * INPUTS));
        Matrix logits = model.logits(x);
        // Features are unused by ODIN; the inputs stand in for them.
        return new Samples(x, logits).withNetwork(x, model);
    }

    private static FitData unusedTraining() {
        return Synthetic.train(4, INPUTS, CLASSES, 0);
    }

    @Test
    void perturbationRaisesTheTemperatureScaledMaxSoftmaxOfEveryInput() {
        LinearModel model = new LinearModel(1);
        Samples samples = samples(model, 200, 2);
        for (double t : new double[] {1, 10, 1000}) {
            double[] before = new OdinDetector(t, 0).fit(unusedTraining()).score(samples);
            double[] after = new OdinDetector(t, 0.01).fit(unusedTraining()).score(samples);
            for (int i = 0; i < before.length; i++) {
                assertTrue(after[i] > before[i], "T " + t + ", input " + i + ": " + before[i] + " -> " + after[i]);
            }
        }
    }

    @Test
    void withoutPerturbationItIsTheTemperatureScaledMsp() {
        LinearModel model = new LinearModel(3);
        Samples samples = samples(model, 20, 4);
        double[] odin = new OdinDetector(5, 0).fit(unusedTraining()).score(samples);
        Matrix z = samples.logits();
        for (int i = 0; i < odin.length; i++) {
            double[] p = new double[CLASSES];
            LogitMath.softmax(z.values(), i * CLASSES, CLASSES, 5, p);
            assertEquals(Math.max(p[0], Math.max(p[1], p[2])), odin[i], 1e-15);
        }
    }

    @Test
    void theStepIsEpsilonTimesTheSignOfTheAnalyticGradient() {
        // For a linear model the whole computation is known: g = (onehot_y - softmax(z/T)) / T, grad_x = g A.
        LinearModel model = new LinearModel(5);
        Samples samples = samples(model, 10, 6);
        double t = 2;
        double epsilon = 0.05;
        double[] odin = new OdinDetector(t, epsilon).fit(unusedTraining()).score(samples);
        Matrix x = samples.inputs();
        Matrix g = OdinDetector.logMaxSoftmaxGradient(model.logits(x), t);
        for (int i = 0; i < odin.length; i++) {
            double[] moved = x.row(i);
            for (int j = 0; j < INPUTS; j++) {
                double grad = 0;
                for (int k = 0; k < CLASSES; k++) {
                    grad += g.get(i, k) * model.a.get(k, j);
                }
                moved[j] += epsilon * Math.signum(grad);
            }
            Matrix z = new Matrix(1, INPUTS, moved).affine(model.a, model.c);
            double[] p = new double[CLASSES];
            LogitMath.softmax(z.values(), 0, CLASSES, t, p);
            assertEquals(Math.max(p[0], Math.max(p[1], p[2])), odin[i], 1e-15);
        }
    }

    @Test
    void logitGradientMatchesFiniteDifferences() {
        Matrix z = new Matrix(2, CLASSES, new double[] {0.3, -1.2, 2.0, 1.0, 1.5, -0.5});
        double t = 3;
        Matrix g = OdinDetector.logMaxSoftmaxGradient(z, t);
        double h = 1e-6;
        for (int i = 0; i < 2; i++) {
            int y = LogitMath.argMax(z.values(), i * CLASSES, CLASSES);
            for (int k = 0; k < CLASSES; k++) {
                double[] up = z.toArray();
                double[] down = z.toArray();
                up[i * CLASSES + k] += h;
                down[i * CLASSES + k] -= h;
                double numeric = (logSoftmax(up, i, y, t) - logSoftmax(down, i, y, t)) / (2 * h);
                assertEquals(numeric, g.get(i, k), 1e-8, "row " + i + " class " + k);
            }
        }
    }

    private static double logSoftmax(double[] z, int row, int y, double t) {
        return z[row * CLASSES + y] / t - LogitMath.logSumExp(z, row * CLASSES, CLASSES, t);
    }

    @Test
    void oneForwardBackwardAndOneForwardPass() {
        LinearModel model = new LinearModel(7);
        Samples samples = samples(model, 4, 8);
        int before = model.forwardPasses;
        new OdinDetector(1000, 0.0014).fit(unusedTraining()).score(samples);
        assertEquals(2, model.forwardPasses - before, "the gradient pass and the pass on the perturbed inputs");
    }
}
