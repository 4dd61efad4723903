package io.kys.kernel;

import java.util.List;

/**
 * A cell that failed: it did not compile or it threw. The kernel reports it as a Jupyter error,
 * with {@link #getMessage()} as the one-line summary and {@link #traceback()} as the details.
 */
public abstract class CellError extends Exception {
    /** Creates an error with its one-line summary. */
    protected CellError(String summary) {
        super(summary, null, false, false);
    }

    /** The lines shown under the summary in the notebook, without line breaks inside them. */
    public abstract List<String> traceback();
}
