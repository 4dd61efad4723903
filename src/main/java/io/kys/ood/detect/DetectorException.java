package io.kys.ood.detect;

import io.kys.KysException;

/**
 * A detector that cannot do what was asked: a parameter out of range, samples that do not fit
 * what it was fitted on, or missing inputs (ODIN without a network). The message starts with
 * {@code detector NAME}, so a table of several detectors can show which one failed and why.
 */
public class DetectorException extends KysException {
    private final String detector;
    private final String reason;

    /** An error of detector {@code detector}, e.g. {@code ("knn", "k must be at least 1, got 0")}. */
    public DetectorException(String detector, String reason) {
        this(detector, reason, "detector " + detector + ": " + reason);
    }

    /** For subclasses that phrase the message themselves. */
    protected DetectorException(String detector, String reason, String message) {
        super(message);
        this.detector = detector;
        this.reason = reason;
    }

    /** The registry name of the detector at fault. */
    public String detector() {
        return detector;
    }

    /** What went wrong, without the detector's name. */
    public String reason() {
        return reason;
    }
}
