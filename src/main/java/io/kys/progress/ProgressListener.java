package io.kys.progress;

/**
 * Receives progress of long work. The library never prints: the command line renders these calls
 * as a progress bar, a notebook as an updating line or plot.
 */
public interface ProgressListener {
    /** A listener that ignores everything, for callers that do not care. */
    ProgressListener NONE = new ProgressListener() { };

    /** A task with {@code total} units of work starts (a negative total means unknown). */
    default void start(String task, long total) { }

    /** {@code done} units of the current task are finished; {@code detail} is a short status text. */
    default void progress(long done, String detail) { }

    /** The current task is over. */
    default void finish() { }
}
