package io.kys.augment;

import io.kys.data.UInt8Image;
import java.util.Random;

/**
 * A complete random image transformation with its settings fixed at construction (AugMix,
 * jigsaw, the training affine, the outlier pipeline). The trainer holds one per image family
 * and calls it per image, with a {@link Random} it owns.
 */
@FunctionalInterface
public interface ImageTransform {
    /**
     * Transforms one image.
     *
     * @param img the input, left untouched
     * @param rnd source of every random choice, so equal seeds give equal outputs
     * @return a new image
     */
    UInt8Image apply(UInt8Image img, Random rnd);
}
