package io.kys.model;

import ai.djl.engine.Engine;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.NDScope;
import ai.djl.nn.Block;
import ai.djl.nn.Parameter;
import ai.djl.nn.norm.BatchNorm;
import ai.djl.training.ParameterStore;
import ai.djl.util.Pair;
import io.kys.KysException;
import io.kys.data.ImageSet;
import io.kys.data.Rgb32;
import io.kys.engine.GradMode;
import io.kys.progress.ProgressListener;
import java.util.ArrayList;
import java.util.List;

/**
 * The BatchNorm layers of kys's networks, and the recomputation of their running statistics
 * from a set of images ("precise BatchNorm").
 *
 * <p>Training leaves in each layer an exponential average of the statistics of the last batches
 * it saw, mixed batches of ID images and outliers for most protocols, and the last of them
 * weighted most. A short run's detector can depend on those last batches more than on its
 * weights (docs/fidelity.md); recomputing the statistics as the average over clean ID images
 * takes that chance out of the evaluation. Every layer's batch statistics are taken in training
 * mode in one forward pass per batch, so each layer sees its input as it does in training.
 */
public final class BatchNormStatistics {
    /**
     * DJL's momentum of every BatchNorm layer: the weight of the old running value when a
     * training pass updates it (PyTorch's 0.1 is {@code 1 - MOMENTUM}).
     */
    static final float MOMENTUM = 0.9f;
    private static final String MEAN = "runningMean";
    private static final String VARIANCE = "runningVar";

    private BatchNormStatistics() { }

    /** A BatchNorm layer as every kys network builds it. */
    static BatchNorm layer() {
        return BatchNorm.builder().optMomentum(MOMENTUM).build();
    }

    /**
     * Replaces the running mean and variance of every BatchNorm layer of {@code block} by their
     * average over {@code images}, batch by batch (weighted by batch size); the learned scale and
     * shift stay. The result does not depend on the statistics the layers held before.
     *
     * @param block the network
     * @param manager the manager the parameters live in
     * @param images the images, converted to RGB 32 px when needed; at least one
     * @param batchSize images per forward pass, at least 2 (one image has no variance across a batch)
     * @param seed seeds the engine's generator first, so that dropout, which acts in these training
     *     passes as it does in training, drops the same units each time (the generator is global)
     * @param progress receives images done
     * @return the number of layers recomputed
     */
    public static int recompute(WideResNet block, NDManager manager, ImageSet images, int batchSize, long seed,
                                ProgressListener progress) {
        if (batchSize < 2) {
            throw new KysException("recomputing BatchNorm statistics needs batches of at least 2 images, got " + batchSize);
        }
        if (images.size() == 0) {
            throw new KysException("recomputing BatchNorm statistics needs at least one image");
        }
        List<Layer> layers = new ArrayList<>();
        collect(block, layers);
        if (layers.isEmpty()) {
            return 0;
        }
        GradMode.offForThisThread();
        Engine.getInstance().setRandomSeed((int) seed);
        ImageSet rgb = Rgb32.of(images);
        int n = rgb.size();
        float[][] meanSum = new float[layers.size()][];
        float[][] varianceSum = new float[layers.size()][];
        ParameterStore ps = new ParameterStore(manager, false);
        int[] starts = batchStarts(n, batchSize);
        float[] buffer = Inference.buffer(batchSize + 1, n);
        float update = 1 - MOMENTUM;
        progress.start("BatchNorm statistics", n);
        for (int b = 0; b + 1 < starts.length; b++) {
            int count = starts[b + 1] - starts[b];
            try (NDScope scope = new NDScope()) {
                for (Layer layer : layers) {
                    // From zero, a training pass leaves (1 - MOMENTUM) times the batch's statistics.
                    layer.mean().getArray().muli(0);
                    layer.variance().getArray().muli(0);
                }
                NDArray x = Inference.batch(manager, rgb, starts[b], count, buffer);
                block.forward(ps, new NDList(x), true);
                for (int l = 0; l < layers.size(); l++) {
                    meanSum[l] = accumulate(meanSum[l], layers.get(l).mean().getArray().toFloatArray(), count / update);
                    varianceSum[l] = accumulate(varianceSum[l], layers.get(l).variance().getArray().toFloatArray(), count / update);
                }
            }
            progress.progress(starts[b + 1], null);
        }
        for (int l = 0; l < layers.size(); l++) {
            set(layers.get(l).mean(), meanSum[l], n);
            set(layers.get(l).variance(), varianceSum[l], n);
        }
        progress.finish();
        return layers.size();
    }

    /**
     * Where each batch starts, and {@code n} last. A last batch of one image joins the batch
     * before it: its variance would be one image's spatial variance, the kind of perturbation the
     * recomputation is there to remove.
     */
    static int[] batchStarts(int n, int batchSize) {
        int batches = (n + batchSize - 1) / batchSize;
        if (batches > 1 && n % batchSize == 1) {
            batches--;
        }
        int[] starts = new int[batches + 1];
        for (int b = 0; b < batches; b++) {
            starts[b] = b * batchSize;
        }
        starts[batches] = n;
        return starts;
    }

    /** The running statistics of one BatchNorm layer. */
    private record Layer(Parameter mean, Parameter variance) { }

    private static void collect(Block block, List<Layer> layers) {
        if (block instanceof BatchNorm) {
            Parameter mean = null;
            Parameter variance = null;
            for (Pair<String, Parameter> p : block.getDirectParameters()) {
                if (p.getKey().equals(MEAN)) {
                    mean = p.getValue();
                } else if (p.getKey().equals(VARIANCE)) {
                    variance = p.getValue();
                }
            }
            if (mean == null || variance == null) {
                throw new IllegalStateException("a BatchNorm layer without running statistics");
            }
            layers.add(new Layer(mean, variance));
        }
        for (Pair<String, Block> child : block.getChildren()) {
            collect(child.getValue(), layers);
        }
    }

    private static float[] accumulate(float[] sum, float[] value, float weight) {
        float[] s = sum == null ? new float[value.length] : sum;
        for (int i = 0; i < value.length; i++) {
            s[i] += value[i] * weight;
        }
        return s;
    }

    private static void set(Parameter parameter, float[] sum, int n) {
        float[] v = new float[sum.length];
        for (int i = 0; i < v.length; i++) {
            v[i] = sum[i] / n;
        }
        NDArray target = parameter.getArray();
        target.set(java.nio.FloatBuffer.wrap(v));
    }
}
