package io.kys.train;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import ai.djl.engine.Engine;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.nn.Parameter;
import ai.djl.training.GradientCollector;
import ai.djl.util.Pair;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.List;
import org.junit.jupiter.api.Test;

class AdamOptimizerTest {
    private static final float[] X = {0.5f, -2f, 3f};

    /** Loss = sum(w * x) + wd-free, so the gradient is exactly x. */
    private static void backward(NDArray w, NDManager m) {
        try (GradientCollector gc = Engine.getInstance().newGradientCollector()) {
            gc.backward(w.mul(m.create(X)).sum());
        }
    }

    private static Parameter parameter(NDManager m, float[] init) {
        Parameter p = Parameter.builder().setName("w").setType(Parameter.Type.WEIGHT).build();
        NDArray a = m.create(init);
        a.setRequiresGradient(true);
        p.setArray(a);
        return p;
    }

    @Test
    void matchesPyTorchAdamWithL2WeightDecay() {
        double lr = 0.01;
        double b1 = 0.9;
        double b2 = 0.98;
        double wd = 0.1;
        try (NDManager m = NDManager.newBaseManager()) {
            Parameter p = parameter(m, new float[] {1f, 1f, 1f});
            try (AdamOptimizer adam = new AdamOptimizer(List.of(new Pair<>("w", p)), b1, b2, wd, m)) {
                double[] w = {1, 1, 1};
                double[] mm = new double[3];
                double[] vv = new double[3];
                for (int t = 1; t <= 3; t++) {
                    backward(p.getArray(), m);
                    adam.step(lr);
                    for (int i = 0; i < 3; i++) {
                        double g = X[i] + wd * w[i];
                        mm[i] = b1 * mm[i] + (1 - b1) * g;
                        vv[i] = b2 * vv[i] + (1 - b2) * g * g;
                        double denom = Math.sqrt(vv[i]) / Math.sqrt(1 - Math.pow(b2, t)) + 1e-8;
                        w[i] -= lr / (1 - Math.pow(b1, t)) * mm[i] / denom;
                    }
                }
                float[] got = p.getArray().toFloatArray();
                for (int i = 0; i < 3; i++) {
                    assertEquals(w[i], got[i], 1e-5);
                }
            }
        }
    }

    @Test
    void savedStateContinuesIdentically() throws Exception {
        try (NDManager m = NDManager.newBaseManager()) {
            Parameter a = parameter(m, new float[] {1f, 2f, 3f});
            Parameter b = parameter(m, new float[] {1f, 2f, 3f});
            try (AdamOptimizer first = new AdamOptimizer(List.of(new Pair<>("w", a)), 0.9, 0.98, 0.0, m);
                 AdamOptimizer second = new AdamOptimizer(List.of(new Pair<>("w", b)), 0.9, 0.98, 0.0, m)) {
                for (int t = 0; t < 2; t++) {
                    backward(a.getArray(), m);
                    first.step(0.05);
                    backward(b.getArray(), m);
                    second.step(0.05);
                }
                ByteArrayOutputStream saved = new ByteArrayOutputStream();
                first.save(saved);
                try (AdamOptimizer restored = new AdamOptimizer(List.of(new Pair<>("w", a)), 0.9, 0.98, 0.0, m)) {
                    restored.load(new ByteArrayInputStream(saved.toByteArray()));
                    assertEquals(2, restored.steps());
                    backward(a.getArray(), m);
                    restored.step(0.05);
                }
                backward(b.getArray(), m);
                second.step(0.05);
                assertArrayEquals(b.getArray().toFloatArray(), a.getArray().toFloatArray(), 0f);
            }
        }
    }
}
