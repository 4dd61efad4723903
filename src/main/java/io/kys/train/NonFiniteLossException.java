package io.kys.train;

import io.kys.KysException;

/**
 * The loss of a step became NaN or infinite. The step's update is not applied; the trainer stops
 * and keeps the last good checkpoint.
 */
public final class NonFiniteLossException extends KysException {
    private static final long serialVersionUID = 1L;

    /** @param message what diverged, where, and the terms of the step */
    public NonFiniteLossException(String message) {
        super(message);
    }

    /** @param message the full message; @param cause the exception being explained further */
    public NonFiniteLossException(String message, Throwable cause) {
        super(message, cause);
    }
}
