package io.kys.ood.detect;

/**
 * A detector that cannot be fitted on the given training data: a singular covariance, fewer
 * training features than neighbours asked for, NaN or infinite values, a class without samples.
 * The other detectors of a comparison can still run; this one is reported as failed.
 */
public class DetectorFitException extends DetectorException {
    /** Detector {@code detector} cannot be fitted because of {@code reason}. */
    public DetectorFitException(String detector, String reason) {
        super(detector, reason, "detector " + detector + " cannot be fitted: " + reason);
    }
}
