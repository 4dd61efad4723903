package io.kys.ood.detect;

import java.util.Optional;

/**
 * A post-hoc OOD detector, in the spirit of pytorch-ood's {@code Detector}: fitted once on what it
 * needs from the training split, then scoring any set of samples, higher meaning more
 * in-distribution. Detectors are configured by their constructors (the papers' defaults are the
 * {@code DEFAULT_*} constants) and are immutable; {@link #fit} returns a separate scorer, so one
 * configuration can be fitted on several runs.
 *
 * <p>To add a detector: write one class implementing this interface (Javadoc with the formula and
 * the paper), then add one {@code register} line to {@link Detectors}.
 */
public interface Detector {
    /** The registry name, as used on the command line and in file names (e.g. {@code knn}). */
    String name();

    /**
     * Fits the detector on the training split.
     *
     * @throws DetectorFitException when it cannot be fitted on {@code train}
     */
    FittedDetector fit(FitData train);

    /**
     * Whether the samples it scores must carry the network inputs and the network
     * ({@link Samples#withNetwork}), as for detectors that perturb inputs; false by default, so
     * callers prepare inputs only for the detectors that use them.
     */
    default boolean needsNetwork() {
        return false;
    }

    /**
     * For a detector that needs the network: its name and every parameter its scores depend on
     * (e.g. {@code odin(T=1000.0,epsilon=0.0014)}), so that a run may keep its scores of an image
     * set beside the features. Empty by default, and then its scores are never kept.
     */
    default Optional<String> scoresKey() {
        return Optional.empty();
    }
}
