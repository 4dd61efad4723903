package io.kys.model;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.NDScope;
import ai.djl.ndarray.types.Shape;
import ai.djl.training.ParameterStore;
import io.kys.data.ImageSet;
import io.kys.data.Preprocessor;
import io.kys.data.Rgb32;
import io.kys.progress.ProgressListener;

/** Evaluation-mode forward passes over a whole image set, in batches with flat memory. */
public final class Inference {
    private static final int IMAGE_FLOATS = 3 * Rgb32.SIZE * Rgb32.SIZE;

    private Inference() { }

    /**
     * Logits and pooled features of every image.
     *
     * @param block the network
     * @param manager the manager the parameters live in
     * @param images any image set; converted to RGB 32 px first when needed
     * @param batchSize images per forward pass
     * @param progress receives images done
     */
    public static Outputs run(WideResNet block, NDManager manager, ImageSet images, int batchSize,
                              ProgressListener progress) {
        ImageSet rgb = Rgb32.of(images);
        int n = rgb.size();
        ParameterStore ps = new ParameterStore(manager, false);
        float[] logits = null;
        float[] features = null;
        int classes = 0;
        int dim = 0;
        progress.start("inference", n);
        float[] buffer = buffer(batchSize, n);
        for (int start = 0; start < n; start += batchSize) {
            int count = Math.min(batchSize, n - start);
            try (NDScope scope = new NDScope()) {
                NDArray x = batch(manager, rgb, start, count, buffer);
                NDList out = block.forward(ps, new NDList(x), false);
                if (logits == null) {
                    classes = (int) out.get(0).getShape().get(1);
                    dim = (int) out.get(1).getShape().get(1);
                    logits = new float[n * classes];
                    features = new float[n * dim];
                }
                System.arraycopy(out.get(0).toFloatArray(), 0, logits, start * classes, count * classes);
                System.arraycopy(out.get(1).toFloatArray(), 0, features, start * dim, count * dim);
            }
            progress.progress(start + count, null);
        }
        progress.finish();
        return new Outputs(n, classes, dim, logits == null ? new float[0] : logits,
                features == null ? new float[0] : features);
    }

    /** A buffer for {@link #batch} of up to {@code batchSize} images of a set of {@code n}. */
    static float[] buffer(int batchSize, int n) {
        return new float[Math.min(batchSize, Math.max(n, 1)) * IMAGE_FLOATS];
    }

    /**
     * The network input of images {@code start .. start + count} of {@code rgb} (RGB 32 px),
     * normalized as in training, in the caller's scope.
     */
    static NDArray batch(NDManager manager, ImageSet rgb, int start, int count, float[] buffer) {
        for (int k = 0; k < count; k++) {
            Preprocessor.normalizeInto(rgb.image(start + k), buffer, k * IMAGE_FLOATS);
        }
        return manager.create(java.nio.FloatBuffer.wrap(buffer, 0, count * IMAGE_FLOATS),
                new Shape(count, 3, Rgb32.SIZE, Rgb32.SIZE));
    }

    /**
     * Row-major network outputs.
     *
     * @param count images
     * @param classes logits per image
     * @param dimension features per image
     * @param logits count x classes
     * @param features count x dimension
     */
    public record Outputs(int count, int classes, int dimension, float[] logits, float[] features) {
        /** The arg-max class of every image. */
        public int[] predictions() {
            int[] pred = new int[count];
            for (int i = 0; i < count; i++) {
                int best = 0;
                for (int c = 1; c < classes; c++) {
                    if (logits[i * classes + c] > logits[i * classes + best]) {
                        best = c;
                    }
                }
                pred[i] = best;
            }
            return pred;
        }

        /** Softmax probabilities, count x classes. */
        public double[][] probabilities() {
            double[][] p = new double[count][classes];
            for (int i = 0; i < count; i++) {
                double max = Double.NEGATIVE_INFINITY;
                for (int c = 0; c < classes; c++) {
                    max = Math.max(max, logits[i * classes + c]);
                }
                double sum = 0;
                for (int c = 0; c < classes; c++) {
                    p[i][c] = Math.exp(logits[i * classes + c] - max);
                    sum += p[i][c];
                }
                for (int c = 0; c < classes; c++) {
                    p[i][c] /= sum;
                }
            }
            return p;
        }
    }
}
