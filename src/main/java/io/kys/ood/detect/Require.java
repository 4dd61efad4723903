package io.kys.ood.detect;

import java.util.Locale;

/** The checks detectors share, each failing with the detector's name in the message. */
final class Require {
    private Require() { }

    /** Training values must be finite: one NaN would silently turn every score into NaN. */
    static void finiteTraining(String detector, String what, Matrix m) {
        int at = m.firstNonFinite();
        if (at >= 0) {
            throw new DetectorFitException(detector, describe(what, m, at));
        }
    }

    /** The head's weight and bias must be finite, for detectors that recompute logits. */
    static void finiteHead(String detector, FitData train) {
        finiteTraining(detector, "head weight", train.weight());
        finiteTraining(detector, "head bias", new Matrix(1, train.classes(), train.bias()));
    }

    /** Sample values must be finite, for the same reason. */
    static void finiteSamples(String detector, String what, Matrix m) {
        int at = m.firstNonFinite();
        if (at >= 0) {
            throw new DetectorException(detector, describe(what, m, at));
        }
    }

    private static String describe(String what, Matrix m, int at) {
        return what + " [row " + at / m.cols() + ", column " + at % m.cols() + "] is " + m.values()[at];
    }

    /** Samples must have the feature dimension the detector was fitted on. */
    static void dimension(String detector, int fitted, Matrix features) {
        if (features.cols() != fitted) {
            throw new DetectorException(detector, "fitted on " + fitted + " features per sample, got " + features.cols());
        }
    }

    /** A strictly positive, finite parameter such as a temperature. */
    static double positive(String detector, String key, double value) {
        if (!(value > 0 && Double.isFinite(value))) {
            throw new DetectorException(detector, key + " must be positive, got " + format(value));
        }
        return value;
    }

    /** A non-negative, finite parameter such as a step size. */
    static double nonNegative(String detector, String key, double value) {
        if (!(value >= 0 && Double.isFinite(value))) {
            throw new DetectorException(detector, key + " must be at least 0, got " + format(value));
        }
        return value;
    }

    /** An integer parameter with a lower bound. */
    static int atLeast(String detector, String key, int value, int min) {
        if (value < min) {
            throw new DetectorException(detector, key + " must be at least " + min + ", got " + value);
        }
        return value;
    }

    /** A percentile in [0, 100]. */
    static double percentile(String detector, String key, double value) {
        if (!(value >= 0 && value <= 100)) {
            throw new DetectorException(detector, key + " must be in [0, 100], got " + format(value));
        }
        return value;
    }

    private static String format(double value) {
        return value == Math.rint(value) && Math.abs(value) < 1e15
                ? String.format(Locale.ROOT, "%.0f", value) : Double.toString(value);
    }
}
