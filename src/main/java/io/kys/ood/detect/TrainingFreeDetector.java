package io.kys.ood.detect;

/**
 * A detector that learns nothing from the training split (logit scores, ODIN): it scores samples
 * as they come, so an evaluation that runs only such detectors never passes the training images
 * through the network.
 */
public interface TrainingFreeDetector extends Detector {
    /** The scorer, the same whatever the training split. */
    FittedDetector scorer();

    /** Ignores {@code train} and returns {@link #scorer()}. */
    @Override
    default FittedDetector fit(FitData train) {
        return scorer();
    }
}
