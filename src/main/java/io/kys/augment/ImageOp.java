package io.kys.augment;

import io.kys.data.UInt8Image;
import java.util.Random;

/**
 * One AugMix operation: an image-to-image map whose strength is drawn from {@code severity}.
 * Implementations never modify their input and draw every random number from {@code rnd}.
 */
@FunctionalInterface
public interface ImageOp {
    /**
     * Applies the operation once.
     *
     * @param img the input, left untouched
     * @param severity AugMix severity; the level is drawn uniformly from {@code [0.1, severity)}
     * @param rnd source of the level, the sign and any other choice
     * @return a new image of the same shape
     */
    UInt8Image apply(UInt8Image img, int severity, Random rnd);

    /**
     * Applies the operation with geometric output drawn onto a {@code canvas x canvas} image
     * (0: the input's own size). Operations without a geometric output ignore the canvas.
     */
    default UInt8Image apply(UInt8Image img, int severity, Random rnd, int canvas) {
        return apply(img, severity, rnd);
    }
}
