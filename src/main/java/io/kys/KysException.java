package io.kys;

/**
 * A failure the user can act on: the message is one line that names the thing at fault and,
 * where there is one, the fix. The command line prints only this message (a stack trace only with
 * {@code --debug}); notebooks show it as the cell's error.
 */
public class KysException extends RuntimeException {
    /** Creates an error with a user-facing, one-line message. */
    public KysException(String message) {
        super(message);
    }

    /** Creates an error with a user-facing message and the low-level cause kept for debugging. */
    public KysException(String message, Throwable cause) {
        super(message, cause);
    }
}
