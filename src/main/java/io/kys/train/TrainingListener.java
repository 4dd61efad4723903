package io.kys.train;

/**
 * Observes a training run as it goes: the command line prints epoch lines, a notebook updates a
 * live plot. Both methods are called on the training thread.
 */
public interface TrainingListener {
    /** A listener that ignores everything. */
    TrainingListener NONE = new TrainingListener() { };

    /** After every optimization step. */
    default void onStep(StepRecord step) { }

    /** After every epoch, once validation and checkpoints are done. */
    default void onEpoch(EpochRecord epoch) { }

    /** When a step's margin term was skipped, with the reason. */
    default void onWarning(String message) { }
}
