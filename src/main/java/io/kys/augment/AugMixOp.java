package io.kys.augment;

import io.kys.KysException;
import io.kys.data.UInt8Image;
import java.util.Arrays;
import java.util.Random;
import java.util.stream.Collectors;

/**
 * The 13 operations AugMix draws from, in the order and with the names of docs/method.md and of
 * AugMix's {@code augmentations_all}. Each draws a level from the severity ({@link Levels}),
 * turns it into its parameter the way AugMix does for 32 px images (geometric magnitudes scale
 * with the image's own width and height), and, for the geometric ops, flips the sign with
 * probability one half. {@code values()} lists them so a notebook can show each on an image.
 */
public enum AugMixOp implements ImageOp {
    /** Per-channel stretch to the full 0..255 range; ignores the severity. */
    AUTOCONTRAST("autocontrast") {
        @Override
        UInt8Image transform(UInt8Image img, int severity, Random rnd, int canvas) {
            return Tone.autocontrast(img);
        }
    },
    /** Per-channel histogram equalization; ignores the severity. */
    EQUALIZE("equalize") {
        @Override
        UInt8Image transform(UInt8Image img, int severity, Random rnd, int canvas) {
            return Tone.equalize(img);
        }
    },
    /** Keeps the top {@code 4 - int(0.4 * level)} bits of every value (down to 0 bits, black). */
    POSTERIZE("posterize") {
        @Override
        UInt8Image transform(UInt8Image img, int severity, Random rnd, int canvas) {
            return Tone.posterize(img, Levels.posterizeBits(Levels.sample(severity, rnd)));
        }
    },
    /** Rotation by up to {@code 3 * level} whole degrees either way. */
    ROTATE("rotate") {
        @Override
        UInt8Image transform(UInt8Image img, int severity, Random rnd, int canvas) {
            int degrees = Levels.rotateDegrees(Levels.sample(severity, rnd));
            return Warp.rotate(img, Levels.randomSign(degrees, rnd));
        }
    },
    /** Inverts values at or above {@code 256 - int(25.6 * level)}. */
    SOLARIZE("solarize") {
        @Override
        UInt8Image transform(UInt8Image img, int severity, Random rnd, int canvas) {
            return Tone.solarize(img, Levels.solarizeThreshold(Levels.sample(severity, rnd)));
        }
    },
    /** Horizontal shear by up to {@code 0.03 * level} either way. */
    SHEAR_X("shear_x") {
        @Override
        UInt8Image transform(UInt8Image img, int severity, Random rnd, int canvas) {
            double s = Levels.shear(Levels.sample(severity, rnd));
            return Warp.shearX(img, Levels.randomSign(s, rnd), canvas);
        }
    },
    /** Vertical shear by up to {@code 0.03 * level} either way. */
    SHEAR_Y("shear_y") {
        @Override
        UInt8Image transform(UInt8Image img, int severity, Random rnd, int canvas) {
            double s = Levels.shear(Levels.sample(severity, rnd));
            return Warp.shearY(img, Levels.randomSign(s, rnd), canvas);
        }
    },
    /** Horizontal shift by up to {@code level / 30} of the width, whole pixels, either way. */
    TRANSLATE_X("translate_x") {
        @Override
        UInt8Image transform(UInt8Image img, int severity, Random rnd, int canvas) {
            int px = Levels.translatePixels(Levels.sample(severity, rnd), canvas > 0 ? canvas : img.width());
            return Warp.translate(img, Levels.randomSign(px, rnd), 0, canvas);
        }
    },
    /** Vertical shift by up to {@code level / 30} of the height, whole pixels, either way. */
    TRANSLATE_Y("translate_y") {
        @Override
        UInt8Image transform(UInt8Image img, int severity, Random rnd, int canvas) {
            int px = Levels.translatePixels(Levels.sample(severity, rnd), canvas > 0 ? canvas : img.height());
            return Warp.translate(img, 0, Levels.randomSign(px, rnd), canvas);
        }
    },
    /** Saturation change, factor {@code 0.1 + 0.18 * level}. */
    COLOR("color") {
        @Override
        UInt8Image transform(UInt8Image img, int severity, Random rnd, int canvas) {
            return Enhance.color(img, Levels.enhanceFactor(Levels.sample(severity, rnd)));
        }
    },
    /** Contrast change, factor {@code 0.1 + 0.18 * level}. */
    CONTRAST("contrast") {
        @Override
        UInt8Image transform(UInt8Image img, int severity, Random rnd, int canvas) {
            return Enhance.contrast(img, Levels.enhanceFactor(Levels.sample(severity, rnd)));
        }
    },
    /** Brightness change, factor {@code 0.1 + 0.18 * level}. */
    BRIGHTNESS("brightness") {
        @Override
        UInt8Image transform(UInt8Image img, int severity, Random rnd, int canvas) {
            return Enhance.brightness(img, Levels.enhanceFactor(Levels.sample(severity, rnd)));
        }
    },
    /** Blur (factor below 1) or sharpening (above 1), factor {@code 0.1 + 0.18 * level}. */
    SHARPNESS("sharpness") {
        @Override
        UInt8Image transform(UInt8Image img, int severity, Random rnd, int canvas) {
            return Enhance.sharpness(img, Levels.enhanceFactor(Levels.sample(severity, rnd)));
        }
    };

    private final String opName;

    AugMixOp(String opName) {
        this.opName = opName;
    }

    /** The operation's name as docs/method.md and AugMix spell it, e.g. {@code shear_x}. */
    public String opName() {
        return opName;
    }

    /**
     * {@inheritDoc}
     *
     * @throws KysException if {@code severity} is below 1
     */
    @Override
    public UInt8Image apply(UInt8Image img, int severity, Random rnd) {
        return apply(img, severity, rnd, 0);
    }

    /**
     * {@inheritDoc} Shears and translations then measure their magnitude on the canvas side, as
     * the reference's operations do with their fixed 32 px size.
     *
     * @throws KysException if {@code severity} is below 1
     */
    @Override
    public UInt8Image apply(UInt8Image img, int severity, Random rnd, int canvas) {
        if (severity < Levels.MIN_SEVERITY) {
            throw new KysException("AugMix severity must be at least " + Levels.MIN_SEVERITY + ", got " + severity);
        }
        return transform(img, severity, rnd, canvas);
    }

    abstract UInt8Image transform(UInt8Image img, int severity, Random rnd, int canvas);

    /**
     * The operation called {@code name} (as {@link #opName()}, case-insensitive).
     *
     * @throws KysException naming the valid names if there is no such operation
     */
    public static AugMixOp byName(String name) {
        for (AugMixOp op : values()) {
            if (op.opName.equalsIgnoreCase(name)) {
                return op;
            }
        }
        throw new KysException("unknown AugMix operation '" + name + "'; valid: "
                + Arrays.stream(values()).map(AugMixOp::opName).collect(Collectors.joining(", ")));
    }
}
