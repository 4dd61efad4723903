package io.kys.model;

import ai.djl.Device;
import ai.djl.Model;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.Block;
import ai.djl.nn.Parameter;
import java.util.Objects;
import java.util.Random;

/** Creates initialized WideResNet models and answers questions about their size. */
public final class Models {
    /** Channels, height and width of one input image. */
    public static final Shape IMAGE_SHAPE = new Shape(3, 32, 32);

    private static final String ENGINE = "PyTorch";

    private Models() { }

    /**
     * Creates a model of {@code preset} with {@code numClasses} logits on {@code device}, its
     * weights drawn from {@code seed} (same seed, same weights, on any device). The caller closes
     * the model.
     */
    public static Model create(ModelPreset preset, int numClasses, Device device, long seed) {
        Objects.requireNonNull(preset, "preset");
        return create(preset.newBlock(numClasses), device, seed);
    }

    /** Wraps an uninitialized network in a model on {@code device} and initializes it from {@code seed}. */
    public static Model create(WideResNet block, Device device, long seed) {
        Objects.requireNonNull(block, "block");
        Objects.requireNonNull(device, "device");
        Model model = Model.newInstance("wrn" + block.spec().depth() + "_" + block.spec().widen(), device, ENGINE);
        try {
            block.setInitializer(new WrnWeightInitializer(new Random(seed)), Parameter.Type.WEIGHT);
            block.initialize(model.getNDManager(), DataType.FLOAT32, batchShape(1));
            model.setBlock(block);
            return model;
        } catch (RuntimeException e) {
            model.close();
            throw e;
        }
    }

    /** The network inside a model made by this class. */
    public static WideResNet network(Model model) {
        if (!(model.getBlock() instanceof WideResNet wrn)) {
            throw new IllegalArgumentException("model " + model.getName() + " does not hold a WideResNet");
        }
        return wrn;
    }

    /** Input shape of a batch of {@code batchSize} images: {@code (N, 3, 32, 32)}. */
    public static Shape batchShape(long batchSize) {
        return new Shape(batchSize).addAll(IMAGE_SHAPE);
    }

    /**
     * Number of trainable scalars (parameters updated by the optimizer; BatchNorm running
     * statistics excluded), the figure papers quote.
     */
    public static long trainableParameterCount(Block block) {
        long total = 0;
        for (Parameter p : block.getParameters().values()) {
            if (p.requiresGradient()) {
                total += p.getArray().size();
            }
        }
        return total;
    }
}
