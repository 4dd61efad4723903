package io.kys.ood.detect;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ai.djl.Device;
import io.kys.model.ClassifierModel;
import io.kys.model.ModelPreset;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The DJL hook of a real (small, untrained) WideResNet: its gradients and ODIN through it. */
class ClassifierGradientsTest {
    private static final int CLASSES = 3;

    private static Matrix images(int n, long seed) {
        return new Matrix(n, ClassifierGradients.INPUT_SIZE,
                Synthetic.gaussian(new Random(seed), n * ClassifierGradients.INPUT_SIZE));
    }

    private static double dot(double[] a, double[] b) {
        double sum = 0;
        for (int i = 0; i < a.length; i++) {
            sum += a[i] * b[i];
        }
        return sum;
    }

    @Test
    void inputGradientIsTheDirectionalDerivative() {
        try (ClassifierModel model = ClassifierModel.create(ModelPreset.WRN10_1, CLASSES, Device.cpu(), 1)) {
            ClassifierGradients network = new ClassifierGradients(model);
            Matrix x = images(3, 2);
            double[] weights = Synthetic.gaussian(new Random(3), 3 * CLASSES);
            Matrix w = new Matrix(3, CLASSES, weights);
            Matrix gradient = network.inputGradient(x, z -> w);
            assertEquals(3, gradient.rows());
            assertArrayEquals(network.logits(x).toArray(), network.logits(x).toArray(), "deterministic in evaluation mode");

            // Along the gradient itself, scaled so that no input moves by more than h: the largest
            // signal for float32 logits, and steps small enough to cross few ReLU kinks.
            double[] v = gradient.toArray();
            double largest = 0;
            for (double g : v) {
                largest = Math.max(largest, Math.abs(g));
            }
            double h = 1e-3;
            double[] up = x.toArray();
            double[] down = x.toArray();
            for (int i = 0; i < v.length; i++) {
                v[i] /= largest;
                up[i] += h * v[i];
                down[i] -= h * v[i];
            }
            double sUp = dot(weights, network.logits(new Matrix(3, x.cols(), up)).toArray());
            double sDown = dot(weights, network.logits(new Matrix(3, x.cols(), down)).toArray());
            double numeric = (sUp - sDown) / (2 * h);
            double analytic = dot(gradient.toArray(), v);
            assertEquals(analytic, numeric, 0.01 * Math.abs(analytic), "autograd vs central difference");
        }
    }

    @Test
    void odinThroughTheNetworkRaisesTheScaledMaxSoftmax() {
        try (ClassifierModel model = ClassifierModel.create(ModelPreset.WRN10_1, CLASSES, Device.cpu(), 5)) {
            ClassifierGradients network = new ClassifierGradients(model);
            Matrix x = images(6, 6);
            Matrix logits = network.logits(x);
            Samples samples = new Samples(logits, logits).withNetwork(x, network);
            FitData unused = Synthetic.train(4, CLASSES, CLASSES, 0);
            double[] before = new OdinDetector(OdinDetector.DEFAULT_TEMPERATURE, 0).fit(unused).score(samples);
            double[] after = Detectors.create("odin").fit(unused).score(samples);
            for (int i = 0; i < before.length; i++) {
                assertTrue(after[i] > before[i], "input " + i + ": " + before[i] + " -> " + after[i]);
            }
        }
    }
}
