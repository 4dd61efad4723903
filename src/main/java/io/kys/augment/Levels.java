package io.kys.augment;

import java.util.Random;

/**
 * AugMix's magnitude scale: a severity becomes a level drawn uniformly from
 * {@code [0.1, severity)}, and a level becomes an operation parameter as {@code level / 10} of
 * that parameter's maximum, truncated for integer parameters. Severity 11 therefore reaches
 * up to 1.1 times each maximum; the per-operation methods clamp where such an overshoot would
 * leave the parameter's valid range, with the result PIL gives for the out-of-range value.
 */
final class Levels {
    private Levels() { }

    /** Severity below which the level range {@code [0.1, severity)} would be empty or inverted. */
    static final int MIN_SEVERITY = 1;

    /** A level uniform in {@code [0.1, severity)}, as AugMix's {@code sample_level}. */
    static double sample(int severity, Random rnd) {
        return 0.1 + (severity - 0.1) * rnd.nextDouble();
    }

    /** {@code maxval * level / 10}, truncated toward zero like Python's {@code int()}. */
    static int intParameter(double level, double maxval) {
        return (int) (level * maxval / 10.0);
    }

    /** {@code maxval * level / 10}. */
    static double floatParameter(double level, double maxval) {
        return level * maxval / 10.0;
    }

    /** {@code value} or {@code -value} with equal probability, the sign flip of the geometric ops. */
    static double randomSign(double value, Random rnd) {
        return rnd.nextDouble() > 0.5 ? -value : value;
    }

    /**
     * Bits kept by posterize: {@code 4 - int(level * 4 / 10)}. At severity 11 the level stays below
     * 11, so this is at least 0 (every pixel black, as PIL gives for 0 bits); the clamp only
     * matters for severities above 11.
     */
    static int posterizeBits(double level) {
        return Math.max(0, Math.min(8, 4 - intParameter(level, 4)));
    }

    /**
     * Solarize threshold: {@code 256 - int(level * 256 / 10)}. Levels above 10 push it below 0,
     * which PIL treats like 0 (every pixel inverted), so it is clamped to {@code [0, 256]}.
     */
    static int solarizeThreshold(double level) {
        return Math.max(0, Math.min(256, 256 - intParameter(level, 256)));
    }

    /** Rotation magnitude in whole degrees, up to 30 at level 10 (33 at level 11). */
    static int rotateDegrees(double level) {
        return intParameter(level, 30);
    }

    /** Shear coefficient magnitude, up to 0.3 at level 10. */
    static double shear(double level) {
        return floatParameter(level, 0.3);
    }

    /**
     * Translation magnitude in whole pixels, up to a third of {@code size} at level 10 (10 px for
     * 32 px images, the reference's scaling for 32 px).
     */
    static int translatePixels(double level, int size) {
        return intParameter(level, size / 3.0);
    }

    /** Enhancement factor of color, contrast, brightness and sharpness: {@code 0.1 + 1.8 * level / 10}. */
    static double enhanceFactor(double level) {
        return floatParameter(level, 1.8) + 0.1;
    }
}
