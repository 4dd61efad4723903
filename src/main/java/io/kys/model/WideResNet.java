package io.kys.model;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.AbstractBlock;
import ai.djl.nn.Activation;
import ai.djl.nn.Block;
import ai.djl.nn.SequentialBlock;
import ai.djl.nn.convolutional.Conv2d;
import ai.djl.nn.core.Linear;
import ai.djl.nn.norm.BatchNorm;
import ai.djl.training.ParameterStore;
import ai.djl.util.PairList;
import io.kys.KysException;

/**
 * The CIFAR-style WideResNet WRN-depth-k: a 3x3 conv to 16 channels, three groups of
 * pre-activation basic blocks with 16k, 32k and 64k channels at strides 1, 2, 2, a final
 * BN-ReLU, global average pooling to a {@code 64k}-long feature vector and a linear head
 * {@code fc}.
 *
 * <p>{@link #forward} takes {@code NDList(images)} and returns {@code NDList(logits, features)}.
 * The latent-space protocol also runs the head alone on synthesized feature vectors: either call
 * {@link #head} with the step's parameter store, or pass them as a second input,
 * {@code NDList(images, latentFeatures)}, and get {@code NDList(logits, features, latentLogits)}
 * from the same pass (convenient with a DJL {@code Trainer}, whose parameter store is not
 * public).
 */
public final class WideResNet extends AbstractBlock {
    private static final byte VERSION = 1;
    private static final int BASE_WIDTH = 16;

    private final NetworkSpec spec;
    private final Conv2d stem;
    private final SequentialBlock[] groups;
    private final BatchNorm finalBn;
    private final Linear fc;

    /**
     * Builds an uninitialized network; {@link Models#create} initializes it.
     *
     * @param depth total depth, 6n + 4 (n basic blocks per group)
     * @param widen widen factor k >= 1
     * @param dropout dropout probability in [0, 1) inside each basic block
     * @param numClasses number of logits, at least 2
     * @throws KysException when a size is out of range
     */
    public WideResNet(int depth, int widen, double dropout, int numClasses) {
        super(VERSION);
        if (depth < 10 || (depth - 4) % 6 != 0) {
            throw new KysException("WideResNet depth must be 6n+4 with n >= 1 (10, 16, 22, 28, 40, ...), got " + depth);
        }
        if (widen < 1) {
            throw new KysException("WideResNet widen factor must be at least 1, got " + widen);
        }
        if (!(dropout >= 0 && dropout < 1)) {
            throw new KysException("dropout must be in [0, 1), got " + dropout);
        }
        if (numClasses < 2) {
            throw new KysException("a classifier needs at least 2 classes, got " + numClasses);
        }
        this.spec = new NetworkSpec(depth, widen, dropout, numClasses);
        int blocksPerGroup = (depth - 4) / 6;
        stem = addChildBlock("stem", PreActBasicBlock.conv(BASE_WIDTH, 3, 1));
        int[] widths = {BASE_WIDTH * widen, 2 * BASE_WIDTH * widen, 4 * BASE_WIDTH * widen};
        int[] strides = {1, 2, 2};
        groups = new SequentialBlock[widths.length];
        int in = BASE_WIDTH;
        for (int g = 0; g < widths.length; g++) {
            SequentialBlock group = new SequentialBlock();
            for (int b = 0; b < blocksPerGroup; b++) {
                int stride = b == 0 ? strides[g] : 1;
                group.add(new PreActBasicBlock(b == 0 ? in : widths[g], widths[g], stride, dropout));
            }
            groups[g] = addChildBlock("group" + (g + 1), group);
            in = widths[g];
        }
        finalBn = addChildBlock("bn", BatchNormStatistics.layer());
        fc = addChildBlock("fc", Linear.builder().setUnits(numClasses).build());
    }

    /** Length of the feature vector of a network with widen factor {@code widen}. */
    public static int featureDim(int widen) {
        return 4 * BASE_WIDTH * widen;
    }

    /** Number of logits. */
    public int numClasses() {
        return spec.numClasses();
    }

    /** The sizes this network was built with (depth, widen factor, dropout, classes). */
    public NetworkSpec spec() {
        return spec;
    }

    /** Length of the feature vector that {@link #forward} returns and {@link #head} takes. */
    public int featureDim() {
        return featureDim(spec.widen());
    }

    /** The linear head {@code fc}, for callers that want the block itself. */
    public Block headBlock() {
        return fc;
    }

    /**
     * Runs the linear head alone on feature vectors.
     *
     * @param ps the parameter store of the current step or predictor
     * @param features an {@code (N, featureDim)} array
     * @param training whether this is a training pass (the head has no dropout or BN, but the
     *     flag decides whether the store hands out gradient-tracking parameters)
     * @return the {@code (N, numClasses)} logits
     */
    public NDArray head(ParameterStore ps, NDArray features, boolean training) {
        return fc.forward(ps, new NDList(features), training).singletonOrThrow();
    }

    @Override
    protected NDList forwardInternal(ParameterStore ps, NDList inputs, boolean training,
                                     PairList<String, Object> params) {
        // Block by block, closing each output once the next exists, so that only what autograd
        // keeps for backward stays alive (see PreActBasicBlock).
        NDArray x = stem.forward(ps, new NDList(inputs.head()), training).head();
        for (SequentialBlock group : groups) {
            for (Block block : group.getChildren().values()) {
                NDArray next = block.forward(ps, new NDList(x), training).head();
                x.close();
                x = next;
            }
        }
        NDArray normalized = finalBn.forward(ps, new NDList(x), training).head();
        x.close();
        x = Activation.relu(normalized);
        normalized.close();
        Shape s = x.getShape();
        NDArray flat = x.reshape(s.get(0), s.get(1), -1);
        NDArray features = flat.mean(new int[] {2});
        flat.close();
        x.close();
        NDArray logits = head(ps, features, training);
        if (inputs.size() > 1) {
            return new NDList(logits, features, head(ps, inputs.get(1), training));
        }
        return new NDList(logits, features);
    }

    @Override
    public Shape[] getOutputShapes(Shape[] inputShapes) {
        long batch = inputShapes[0].get(0);
        Shape logits = new Shape(batch, numClasses());
        Shape features = new Shape(batch, featureDim());
        if (inputShapes.length > 1) {
            return new Shape[] {logits, features, new Shape(inputShapes[1].get(0), numClasses())};
        }
        return new Shape[] {logits, features};
    }

    @Override
    protected void initializeChildBlocks(NDManager manager, DataType dataType, Shape... inputShapes) {
        Shape[] shapes = inputShapes;
        stem.initialize(manager, dataType, shapes);
        shapes = stem.getOutputShapes(shapes);
        for (SequentialBlock group : groups) {
            group.initialize(manager, dataType, shapes);
            shapes = group.getOutputShapes(shapes);
        }
        finalBn.initialize(manager, dataType, shapes);
        fc.initialize(manager, dataType, new Shape(shapes[0].get(0), featureDim()));
    }

    @Override
    public String toString() {
        return "WideResNet-" + spec.depth() + "-" + spec.widen() + " (dropout " + spec.dropout() + ", " + spec.numClasses() + " classes)";
    }
}
