package io.kys.augment;

/**
 * One random convolution drawn by {@link RandConv#drawKernel}: a {@code size x size} kernel
 * mapping 3 channels to 3, with a bias per output channel.
 *
 * @param size odd kernel side, so {@code size / 2} padding keeps the image size
 * @param weight {@code 3 * 3 * size * size} values in (out, in, row, column) order
 * @param bias 3 values, one per output channel
 */
public record RandConvKernel(int size, float[] weight, float[] bias) {
    /** Checks the buffers against the kernel size. */
    public RandConvKernel {
        if (size < 1 || size % 2 == 0) {
            throw new IllegalArgumentException("RandConv kernel size must be odd and positive, got " + size);
        }
        if (weight.length != RandConv.CHANNELS * RandConv.CHANNELS * size * size || bias.length != RandConv.CHANNELS) {
            throw new IllegalArgumentException("RandConv kernel buffers do not match size " + size);
        }
    }

    /** Inputs feeding one output value: channels times kernel area. */
    public int fanIn() {
        return RandConv.CHANNELS * size * size;
    }
}
