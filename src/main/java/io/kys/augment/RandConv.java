package io.kys.augment;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.index.NDIndex;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.convolutional.Conv2d;
import io.kys.KysException;
import java.util.List;
import java.util.Random;

/**
 * RandConv outliers (Xu et al., 2021) on normalised batches: one convolution layer with a fresh
 * random kernel, its output clamped to what normalised [0, 1] pixels can be, so the images keep
 * the value range of real inputs while their colours and textures become arbitrary.
 *
 * <p>Per application: a kernel size is drawn uniformly from {@code kernelSizes}; the weights are
 * normal with standard deviation {@code 1 / sqrt(fan_in)} (fan_in = 3 k^2, Kaiming-normal with
 * gain 1) and the biases uniform in {@code +-1 / sqrt(fan_in)}; padding {@code k / 2} keeps the
 * size. Then {@code count} images are drawn with replacement. The reference convolves the whole
 * batch and then draws; drawing first gives the same images, since each is convolved on its own,
 * for a fraction of the work.
 *
 * <p>Whether a step uses RandConv at all (probability 0.5 in the paper) is the trainer's call,
 * made with {@link #shouldApply(Random)} from the trainer's own {@link Random}.
 *
 * @param kernelSizes odd kernel sides to draw from
 * @param count images returned per application
 * @param probability per-step probability used by {@link #shouldApply(Random)}
 * @param mean per-channel mean the batch was normalised with
 * @param std per-channel standard deviation the batch was normalised with
 */
public record RandConv(List<Integer> kernelSizes, int count, double probability, List<Double> mean,
                       List<Double> std) {
    /** Input and output channels of the random layer. */
    static final int CHANNELS = 3;

    /** Validates the settings, naming the value at fault. */
    public RandConv {
        kernelSizes = List.copyOf(kernelSizes);
        mean = List.copyOf(mean);
        std = List.copyOf(std);
        if (kernelSizes.isEmpty() || kernelSizes.stream().anyMatch(k -> k < 1 || k % 2 == 0)) {
            throw new KysException("RandConv kernel sizes must be odd and positive, got " + kernelSizes);
        }
        if (count < 1) {
            throw new KysException("RandConv image count must be at least 1, got " + count);
        }
        if (!(probability >= 0 && probability <= 1)) {
            throw new KysException("RandConv probability must be within 0..1, got " + probability);
        }
        if (mean.size() != CHANNELS || std.size() != CHANNELS || std.stream().anyMatch(s -> !(s > 0))) {
            throw new KysException("RandConv needs 3 means and 3 positive standard deviations, got " + mean + " and " + std);
        }
    }

    /** The paper's setting: kernels 9..19, 32 images, probability 0.5, ImageNet normalisation. */
    public static RandConv paper() {
        return new RandConv(AugmentDefaults.RANDCONV_KERNEL_SIZES, AugmentDefaults.RANDCONV_COUNT,
                AugmentDefaults.RANDCONV_PROBABILITY, AugmentDefaults.IMAGENET_MEAN, AugmentDefaults.IMAGENET_STD);
    }

    /** Whether this training step adds RandConv outliers: true with {@link #probability()}. */
    public boolean shouldApply(Random rnd) {
        return rnd.nextDouble() < probability;
    }

    /** Draws a kernel size, then the weights, then the biases. */
    public RandConvKernel drawKernel(Random rnd) {
        int k = kernelSizes.get(rnd.nextInt(kernelSizes.size()));
        int fanIn = CHANNELS * k * k;
        double bound = 1.0 / Math.sqrt(fanIn);
        float[] weight = new float[CHANNELS * fanIn];
        for (int i = 0; i < weight.length; i++) {
            weight[i] = (float) (rnd.nextGaussian() * bound);
        }
        float[] bias = new float[CHANNELS];
        for (int i = 0; i < bias.length; i++) {
            bias[i] = (float) ((2 * rnd.nextDouble() - 1) * bound);
        }
        return new RandConvKernel(k, weight, bias);
    }

    /** {@link #apply(NDArray, int, Random)} with the configured {@link #count()}. */
    public NDArray apply(NDArray normalizedBatch, Random rnd) {
        return apply(normalizedBatch, count, rnd);
    }

    /**
     * Draws a kernel, then {@code count} images of the batch with replacement, and returns them
     * convolved and clamped.
     *
     * @param normalizedBatch float batch {@code (N, 3, H, W)}, normalised with {@link #mean()} and
     *     {@link #std()}; left untouched
     * @param count images to return
     * @param rnd source of the kernel and the draw
     * @return {@code (count, 3, H, W)} float32, attached to the batch's manager
     */
    public NDArray apply(NDArray normalizedBatch, int count, Random rnd) {
        checkBatch(normalizedBatch);
        if (count < 1) {
            throw new KysException("RandConv image count must be at least 1, got " + count);
        }
        RandConvKernel kernel = drawKernel(rnd);
        long n = normalizedBatch.getShape().get(0);
        long[] picks = new long[count];
        for (int i = 0; i < count; i++) {
            picks[i] = rnd.nextInt(Math.toIntExact(n));
        }
        NDManager parent = normalizedBatch.getManager();
        try (NDManager scope = parent.newSubManager()) {
            NDArray chosen = normalizedBatch.get(new NDIndex("{}", scope.create(picks)));
            chosen.attach(scope);
            NDArray out = convolveIn(scope, chosen, kernel);
            out.attach(parent);
            return out;
        }
    }

    /**
     * Convolves every image of the batch with {@code kernel} and clamps each channel to the
     * normalised range of [0, 1] pixels.
     *
     * @return {@code (N, 3, H, W)} float32, attached to the batch's manager
     */
    public NDArray convolve(NDArray normalizedBatch, RandConvKernel kernel) {
        checkBatch(normalizedBatch);
        NDManager parent = normalizedBatch.getManager();
        try (NDManager scope = parent.newSubManager()) {
            NDArray out = convolveIn(scope, normalizedBatch, kernel);
            out.attach(parent);
            return out;
        }
    }

    private NDArray convolveIn(NDManager scope, NDArray images, RandConvKernel kernel) {
        int k = kernel.size();
        NDArray w = scope.create(kernel.weight(), new Shape(CHANNELS, CHANNELS, k, k));
        NDArray b = scope.create(kernel.bias());
        NDArray y = Conv2d.conv2d(images, w, b, new Shape(1, 1), new Shape(k / 2, k / 2)).singletonOrThrow();
        y.attach(scope);
        NDArray low = scope.create(bound(0.0), new Shape(1, CHANNELS, 1, 1));
        NDArray up = scope.create(bound(1.0), new Shape(1, CHANNELS, 1, 1));
        return y.minimum(up).maximum(low);
    }

    /**
     * Per-channel normalised value of the raw pixel value {@code pixel} in [0, 1]: the clamp
     * bounds are {@code bound(0)} and {@code bound(1)}.
     */
    public float[] bound(double pixel) {
        float[] v = new float[CHANNELS];
        for (int c = 0; c < CHANNELS; c++) {
            v[c] = (float) ((pixel - mean.get(c)) / std.get(c));
        }
        return v;
    }

    private static void checkBatch(NDArray batch) {
        Shape s = batch.getShape();
        if (s.dimension() != 4 || s.get(1) != CHANNELS || s.get(0) < 1) {
            throw new KysException("RandConv needs a batch of shape (N, 3, H, W) with N >= 1, got " + s);
        }
        if (batch.getDataType() != DataType.FLOAT32) {
            throw new KysException("RandConv needs a float32 batch, got " + batch.getDataType());
        }
    }
}
