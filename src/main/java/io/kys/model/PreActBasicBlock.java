package io.kys.model;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.AbstractBlock;
import ai.djl.nn.Activation;
import ai.djl.nn.convolutional.Conv2d;
import ai.djl.nn.norm.BatchNorm;
import ai.djl.nn.norm.Dropout;
import ai.djl.training.ParameterStore;
import ai.djl.util.PairList;

/**
 * One pre-activation residual unit of a WideResNet: BN-ReLU, 3x3 conv (carrying the stride),
 * BN-ReLU, dropout, 3x3 conv, plus the shortcut. When the unit changes the width or the
 * resolution, the shortcut is a 1x1 conv applied to the activated input (as in the original
 * WideResNet); otherwise it is the raw input.
 */
final class PreActBasicBlock extends AbstractBlock {
    private static final byte VERSION = 1;

    private final BatchNorm bn1;
    private final Conv2d conv1;
    private final BatchNorm bn2;
    private final Dropout dropout;
    private final Conv2d conv2;
    private final Conv2d shortcut;

    /**
     * @param inChannels channels of the input
     * @param outChannels channels of the output
     * @param stride stride of the first conv and of the shortcut
     * @param dropout dropout probability between the convs; 0 leaves dropout out
     */
    PreActBasicBlock(int inChannels, int outChannels, int stride, double dropout) {
        super(VERSION);
        bn1 = addChildBlock("bn1", BatchNormStatistics.layer());
        conv1 = addChildBlock("conv1", conv(outChannels, 3, stride));
        bn2 = addChildBlock("bn2", BatchNormStatistics.layer());
        this.dropout = dropout > 0
                ? addChildBlock("dropout", Dropout.builder().optRate((float) dropout).build())
                : null;
        conv2 = addChildBlock("conv2", conv(outChannels, 3, 1));
        shortcut = (inChannels != outChannels || stride != 1)
                ? addChildBlock("shortcut", conv(outChannels, 1, stride))
                : null;
    }

    /** A bias-free square conv with "same" padding for odd kernels. */
    static Conv2d conv(int filters, int kernel, int stride) {
        return Conv2d.builder()
                .setFilters(filters)
                .setKernelShape(new Shape(kernel, kernel))
                .optStride(new Shape(stride, stride))
                .optPadding(new Shape(kernel / 2, kernel / 2))
                .optBias(false)
                .build();
    }

    @Override
    protected NDList forwardInternal(ParameterStore ps, NDList inputs, boolean training,
                                     PairList<String, Object> params) {
        // Each intermediate is closed as soon as the next one exists: autograd keeps what backward
        // needs on its own, and an open Java handle would keep the rest alive until the step ends.
        NDArray x = inputs.head();
        NDArray normalized = bn1.forward(ps, new NDList(x), training).head();
        NDArray activated = Activation.relu(normalized);
        normalized.close();
        NDArray residual = shortcut == null
                ? x
                : shortcut.forward(ps, new NDList(activated), training).head();
        NDArray out = then(activated, conv1.forward(ps, new NDList(activated), training).head());
        out = then(out, bn2.forward(ps, new NDList(out), training).head());
        out = then(out, Activation.relu(out));
        if (dropout != null) {
            out = then(out, dropout.forward(ps, new NDList(out), training).head());
        }
        out = then(out, conv2.forward(ps, new NDList(out), training).head());
        NDArray sum = then(out, out.add(residual));
        if (residual != x) {
            residual.close();
        }
        return new NDList(sum);
    }

    /** Closes {@code previous} and returns {@code next}, which was computed from it. */
    private static NDArray then(NDArray previous, NDArray next) {
        if (previous != next) {
            previous.close();
        }
        return next;
    }

    @Override
    public Shape[] getOutputShapes(Shape[] inputShapes) {
        return conv1.getOutputShapes(inputShapes);
    }

    @Override
    protected void initializeChildBlocks(NDManager manager, DataType dataType, Shape... inputShapes) {
        bn1.initialize(manager, dataType, inputShapes);
        conv1.initialize(manager, dataType, inputShapes);
        Shape[] mid = conv1.getOutputShapes(inputShapes);
        bn2.initialize(manager, dataType, mid);
        if (dropout != null) {
            dropout.initialize(manager, dataType, mid);
        }
        conv2.initialize(manager, dataType, mid);
        if (shortcut != null) {
            shortcut.initialize(manager, dataType, inputShapes);
        }
    }
}
