package io.kys.model;

import ai.djl.Device;
import ai.djl.Model;
import ai.djl.ndarray.NDManager;
import ai.djl.nn.Parameter;
import ai.djl.util.Pair;
import io.kys.data.ImageSet;
import io.kys.progress.ProgressListener;
import java.nio.file.Path;
import java.util.Map;

/**
 * A WideResNet classifier ready to train or score: what training produces and what detection
 * loads. Closing it frees the parameters.
 */
public final class ClassifierModel implements AutoCloseable {
    /** Checkpoint name of the network inside a checkpoint folder. */
    public static final String CHECKPOINT_NAME = "model";
    private static final int INFERENCE_BATCH = 256;

    private final Model model;
    private final WideResNet block;

    private ClassifierModel(Model model) {
        this.model = model;
        this.block = Models.network(model);
    }

    /** A freshly initialized network whose weights are drawn from {@code seed}. */
    public static ClassifierModel create(ModelPreset preset, int numClasses, Device device, long seed) {
        return new ClassifierModel(Models.create(preset, numClasses, device, seed));
    }

    /** The network saved in checkpoint folder {@code dir} (its layout is read from the checkpoint). */
    public static ClassifierModel open(Path dir, Device device) {
        return new ClassifierModel(Checkpoints.open(dir, CHECKPOINT_NAME, device));
    }

    /** Writes the weights (and BatchNorm statistics) with {@code metadata} into folder {@code dir}. */
    public void save(Path dir, Map<String, String> metadata) {
        Checkpoints.save(model, dir, CHECKPOINT_NAME, metadata);
    }

    /** Replaces the weights with those saved in folder {@code dir}. */
    public void load(Path dir) {
        Checkpoints.load(model, dir, CHECKPOINT_NAME);
    }

    /** Logits and features of every image, in evaluation mode. */
    public Inference.Outputs infer(ImageSet images, ProgressListener progress) {
        return Inference.run(block, manager(), images, INFERENCE_BATCH, progress);
    }

    /**
     * Replaces the BatchNorm running statistics by their average over {@code images} in batches
     * of {@code batchSize} ({@link BatchNormStatistics#recompute}); the weights the optimizer
     * trains stay as they are.
     *
     * @return the number of BatchNorm layers recomputed
     */
    public int recomputeBatchNorm(ImageSet images, int batchSize, long seed, ProgressListener progress) {
        return BatchNormStatistics.recompute(block, manager(), images, batchSize, seed, progress);
    }

    /**
     * The SHA-256 of the current weights ({@link Checkpoints#weightsSha256}): equal to the digest
     * in the JSON of the checkpoint they were loaded from, and the key under which their outputs
     * are cached ({@link FeatureCache}). Computed on each call, so training in between is seen.
     */
    public String weightsSha256() {
        return Checkpoints.weightsSha256(model);
    }

    /** A copy of the linear head's weight and bias. */
    public LinearHead head() {
        float[] weight = null;
        float[] bias = null;
        for (Pair<String, Parameter> p : block.headBlock().getParameters()) {
            if (p.getKey().equals("weight")) {
                weight = p.getValue().getArray().toFloatArray();
            } else if (p.getKey().equals("bias")) {
                bias = p.getValue().getArray().toFloatArray();
            }
        }
        if (weight == null || bias == null) {
            throw new IllegalStateException("the network's head has no weight and bias parameters");
        }
        return new LinearHead(block.numClasses(), block.featureDim(), weight, bias);
    }

    /** The network block. */
    public WideResNet block() {
        return block;
    }

    /** The manager owning the parameters. */
    public NDManager manager() {
        return model.getNDManager();
    }

    /** Number of trainable parameters. */
    public long parameterCount() {
        return Models.trainableParameterCount(block);
    }

    /** Number of in-classes the head predicts. */
    public int numClasses() {
        return block.numClasses();
    }

    @Override
    public void close() {
        model.close();
    }
}
