package io.kys.kernel;

import java.util.ArrayList;
import java.util.List;

/**
 * A cell that threw while running. The summary names the exception thrown in the cell and where,
 * such as {@code java.lang.ArithmeticException: / by zero (at line 4)}; the traceback holds its
 * stack, with frames of this cell shown as cell lines.
 */
public final class CellException extends CellError {
    private final String exceptionClass;
    private final List<String> traceback;

    /**
     * Creates the error.
     *
     * @param exceptionClass the fully qualified class of the exception the cell threw
     * @param message        its message, or null
     * @param line           the line of this cell closest to where it was thrown, or 0 if unknown
     * @param traceback      formatted lines: the exception, its frames, its causes
     */
    public CellException(String exceptionClass, String message, int line, List<String> traceback) {
        super((message == null ? exceptionClass : exceptionClass + ": " + message)
                + (line > 0 ? " (at line " + line + ")" : ""));
        this.exceptionClass = exceptionClass;
        this.traceback = List.copyOf(traceback);
    }

    /** The fully qualified class of the exception the cell threw. */
    public String exceptionClass() {
        return exceptionClass;
    }

    @Override
    public List<String> traceback() {
        return new ArrayList<>(traceback);
    }
}
