package io.kys.ood.detect;

import ai.djl.engine.Engine;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.NDScope;
import ai.djl.ndarray.types.Shape;
import ai.djl.training.GradientCollector;
import ai.djl.training.ParameterStore;
import io.kys.data.ImageSet;
import io.kys.data.Preprocessor;
import io.kys.data.Rgb32;
import io.kys.model.ClassifierModel;
import io.kys.model.WideResNet;
import java.util.function.UnaryOperator;

/**
 * The {@link InputGradientModel} of a kys classifier, through DJL's autograd: inputs are
 * normalized 3 x 32 x 32 images, one flattened row each ({@link #inputs}), run in evaluation mode
 * (BatchNorm running statistics, no dropout) in batches. A backward pass also fills the
 * parameters' gradients as a side effect; nothing reads them outside training.
 */
public final class ClassifierGradients implements InputGradientModel {
    /** Values per input row: 3 channels of 32 x 32. */
    public static final int INPUT_SIZE = 3 * Rgb32.SIZE * Rgb32.SIZE;
    private static final int BATCH = 128;

    private final WideResNet block;
    private final NDManager manager;

    /** The hook into {@code model}, which stays owned (and closed) by the caller. */
    public ClassifierGradients(ClassifierModel model) {
        this.block = model.block();
        this.manager = model.manager();
    }

    /** The network inputs of {@code images}: RGB 32 px, ImageNet-normalized, as inference sees them. */
    public static Matrix inputs(ImageSet images) {
        ImageSet rgb = Rgb32.of(images);
        float[] buffer = new float[INPUT_SIZE];
        double[] out = new double[rgb.size() * INPUT_SIZE];
        for (int i = 0; i < rgb.size(); i++) {
            Preprocessor.normalizeInto(rgb.image(i), buffer, 0);
            for (int j = 0; j < INPUT_SIZE; j++) {
                out[i * INPUT_SIZE + j] = buffer[j];
            }
        }
        return new Matrix(rgb.size(), INPUT_SIZE, out);
    }

    @Override
    public Matrix logits(Matrix inputs) {
        requireImages(inputs);
        ParameterStore ps = new ParameterStore(manager, false);
        double[] out = new double[inputs.rows() * block.numClasses()];
        for (int start = 0; start < inputs.rows(); start += BATCH) {
            int count = Math.min(BATCH, inputs.rows() - start);
            try (NDScope scope = new NDScope()) {
                NDArray x = batch(inputs, start, count);
                NDArray z = block.forward(ps, new NDList(x), false).get(0);
                copy(z.toFloatArray(), out, start * block.numClasses());
            }
        }
        return new Matrix(inputs.rows(), block.numClasses(), out);
    }

    /**
     * {@inheritDoc}
     *
     * <p>{@code logitGradient} is called once per batch of at most 128 rows, with that batch's
     * logits; the scalar being a sum over samples, the result is the same.
     */
    @Override
    public Matrix inputGradient(Matrix inputs, UnaryOperator<Matrix> logitGradient) {
        requireImages(inputs);
        ParameterStore ps = new ParameterStore(manager, false);
        int classes = block.numClasses();
        double[] out = new double[inputs.rows() * INPUT_SIZE];
        for (int start = 0; start < inputs.rows(); start += BATCH) {
            int count = Math.min(BATCH, inputs.rows() - start);
            try (NDScope scope = new NDScope();
                 GradientCollector collector = Engine.getInstance().newGradientCollector()) {
                NDArray x = batch(inputs, start, count);
                x.setRequiresGradient(true);
                NDArray z = block.forward(ps, new NDList(x), false).get(0);
                Matrix g = logitGradient.apply(Matrix.ofFloats(count, classes, z.toFloatArray()));
                NDArray weights = manager.create(toFloats(g.values()), new Shape(count, classes));
                collector.backward(z.mul(weights).sum());
                copy(x.getGradient().toFloatArray(), out, start * INPUT_SIZE);
            }
        }
        return new Matrix(inputs.rows(), INPUT_SIZE, out);
    }

    private NDArray batch(Matrix inputs, int start, int count) {
        float[] values = new float[count * INPUT_SIZE];
        double[] all = inputs.values();
        for (int i = 0; i < values.length; i++) {
            values[i] = (float) all[start * INPUT_SIZE + i];
        }
        return manager.create(values, new Shape(count, 3, Rgb32.SIZE, Rgb32.SIZE));
    }

    private static void requireImages(Matrix inputs) {
        if (inputs.cols() != INPUT_SIZE) {
            throw new IllegalArgumentException("a classifier's inputs are rows of " + INPUT_SIZE
                    + " values (3 x 32 x 32), got " + inputs.cols());
        }
    }

    private static float[] toFloats(double[] values) {
        float[] out = new float[values.length];
        for (int i = 0; i < out.length; i++) {
            out[i] = (float) values[i];
        }
        return out;
    }

    private static void copy(float[] from, double[] to, int offset) {
        for (int i = 0; i < from.length; i++) {
            to[offset + i] = from[i];
        }
    }
}
