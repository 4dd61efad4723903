package io.kys.model;

/**
 * The classifier's last layer, {@code logits = features * weight^T + bias}, copied out of the
 * network for detectors that recompute or reshape it.
 *
 * @param classes number of logits C
 * @param dimension feature dimension D
 * @param weight C x D, row-major
 * @param bias C values
 */
public record LinearHead(int classes, int dimension, float[] weight, float[] bias) {
    /** Checks that the arrays fit the sizes. */
    public LinearHead {
        if (weight.length != classes * dimension || bias.length != classes) {
            throw new IllegalArgumentException("a head of " + classes + " x " + dimension + " needs " + classes * dimension
                    + " weights and " + classes + " biases, got " + weight.length + " and " + bias.length);
        }
    }
}
