package io.kys.model;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import ai.djl.training.initializer.Initializer;
import java.util.Objects;
import java.util.Random;

/**
 * The WideResNet weight initialization, drawn from a seeded Java {@link Random} so the same seed
 * gives the same network on every engine and device. Conv kernels {@code (out, in, kh, kw)} get
 * He-normal values scaled by fan-out, {@code N(0, 2 / (out * kh * kw))}; linear weights
 * {@code (out, in)} get the usual PyTorch default, uniform in {@code +-1/sqrt(in)}. Biases and
 * BatchNorm parameters keep DJL's defaults (zeros; BN weight one, bias zero).
 */
final class WrnWeightInitializer implements Initializer {
    private final Random random;

    /** @param random the source of all weight values; consumed in parameter order */
    WrnWeightInitializer(Random random) {
        this.random = Objects.requireNonNull(random, "random");
    }

    @Override
    public NDArray initialize(NDManager manager, Shape shape, DataType dataType) {
        float[] values = new float[Math.toIntExact(shape.size())];
        if (shape.dimension() == 4) {
            double std = Math.sqrt(2.0 / (shape.get(0) * shape.get(2) * shape.get(3)));
            for (int i = 0; i < values.length; i++) {
                values[i] = (float) (random.nextGaussian() * std);
            }
        } else if (shape.dimension() == 2) {
            double bound = 1.0 / Math.sqrt(shape.get(1));
            for (int i = 0; i < values.length; i++) {
                values[i] = (float) ((2 * random.nextDouble() - 1) * bound);
            }
        } else {
            throw new IllegalArgumentException("no WideResNet weight has shape " + shape);
        }
        NDArray array = manager.create(values, shape);
        return dataType == DataType.FLOAT32 ? array : array.toType(dataType, false);
    }
}
