package io.kys.notebook;

import java.util.function.LongSupplier;

/**
 * A status line that rewrites itself in place while long work runs (one Jupyter output updated
 * through its display id). Updates closer together than {@link #MIN_INTERVAL_NANOS} are folded
 * into the next one so a per-batch caller does not flood the notebook; {@link #close()} always
 * shows the last status.
 */
public final class ProgressLine implements AutoCloseable {
    /** The shortest time between two shown updates: 10 per second reads as live. */
    static final long MIN_INTERVAL_NANOS = 100_000_000L;

    private final DisplaySink sink;
    private final String task;
    private final String displayId;
    private final LongSupplier nanoClock;
    private long lastShownNanos;
    private String status = "";
    private boolean dirty;
    private boolean closed;

    ProgressLine(DisplaySink sink, String task, String displayId, LongSupplier nanoClock) {
        this.sink = sink;
        this.task = task == null ? "" : task;
        this.displayId = displayId;
        this.nanoClock = nanoClock;
        this.lastShownNanos = nanoClock.getAsLong();
        sink.show(DisplayContent.text(line()), displayId);
    }

    /** Replaces the status shown after the task name; ignored once closed. */
    public synchronized void update(String newStatus) {
        if (closed) {
            return;
        }
        status = newStatus == null ? "" : newStatus;
        dirty = true;
        long now = nanoClock.getAsLong();
        if (now - lastShownNanos >= MIN_INTERVAL_NANOS) {
            publish(line(), now);
        }
    }

    /** Shows the final status marked as done; later calls do nothing. */
    @Override
    public synchronized void close() {
        if (closed) {
            return;
        }
        closed = true;
        dirty = true;
        publish(status.isEmpty() ? task + ": done" : line() + " (done)", nanoClock.getAsLong());
    }

    /** The id of the output this line rewrites. */
    public String displayId() {
        return displayId;
    }

    private void publish(String text, long now) {
        if (dirty) {
            sink.update(displayId, DisplayContent.text(text));
            dirty = false;
            lastShownNanos = now;
        }
    }

    private String line() {
        return status.isEmpty() ? task : task + ": " + status;
    }
}
