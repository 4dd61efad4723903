package io.kys.ood.detect;

/** A detector fitted on a training split: scores samples, higher meaning more in-distribution. */
@FunctionalInterface
public interface FittedDetector {
    /**
     * One score per sample, in sample order.
     *
     * @throws DetectorException when the samples do not fit the training data (another feature
     *     dimension), hold NaN or infinite values, or lack what the detector needs
     */
    double[] score(Samples samples);
}
