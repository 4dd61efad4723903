package io.kys.notebook;

import io.kys.progress.ProgressListener;
import java.util.Locale;

/**
 * Renders library progress in a notebook as one updating line per task, such as
 * {@code epoch 3: 120/400 (30%) loss 0.41}. Pass it wherever the library takes a
 * {@link ProgressListener}.
 */
public final class NotebookProgress implements ProgressListener {
    private ProgressLine line;
    private long total;

    @Override
    public synchronized void start(String task, long total) {
        finish();
        this.total = total;
        this.line = Display.progress(task);
    }

    @Override
    public synchronized void progress(long done, String detail) {
        if (line != null) {
            line.update(status(done, total, detail));
        }
    }

    @Override
    public synchronized void finish() {
        if (line != null) {
            line.close();
            line = null;
        }
    }

    /** {@code done/total (pct%) detail}, or {@code done detail} when the total is unknown. */
    static String status(long done, long total, String detail) {
        String count = total > 0
                ? String.format(Locale.ROOT, "%d/%d (%d%%)", done, total, Math.round(100.0 * done / total))
                : Long.toString(done);
        return detail == null || detail.isBlank() ? count : count + " " + detail;
    }
}
