package io.kys.data;

import java.time.Duration;

/**
 * Bounded retries with exponential backoff: attempt {@code k} (from 1) waits
 * {@code min(initialDelay * 2^(k-1), maxDelay)} before the next one.
 *
 * @param maxAttempts tries in all, at least 1
 * @param initialDelay wait after the first failure
 * @param maxDelay cap on any single wait
 * @param idleTimeout a response that sends no byte for this long counts as a dropped connection
 *     (the next attempt resumes with a Range request)
 */
public record RetryPolicy(int maxAttempts, Duration initialDelay, Duration maxDelay, Duration idleTimeout) {
    /**
     * Five tries over about 15 seconds: rides out a dropped connection or a busy server without
     * keeping a user without network waiting long (a later run resumes the .part file anyway).
     */
    public static final RetryPolicy DEFAULT = new RetryPolicy(5, Duration.ofSeconds(1), Duration.ofSeconds(16),
            Duration.ofSeconds(30));

    /** The idle read timeout of {@link #DEFAULT}: long enough for a slow mirror, short enough to notice a dead one. */
    public static final Duration DEFAULT_IDLE_TIMEOUT = DEFAULT.idleTimeout();

    /** A policy with the default idle read timeout. */
    public RetryPolicy(int maxAttempts, Duration initialDelay, Duration maxDelay) {
        this(maxAttempts, initialDelay, maxDelay, DEFAULT_IDLE_TIMEOUT);
    }

    /** Rejects policies that would never try or never wait sensibly. */
    public RetryPolicy {
        if (maxAttempts < 1) {
            throw new IllegalArgumentException("maxAttempts must be at least 1, got " + maxAttempts);
        }
        if (initialDelay.isNegative() || maxDelay.compareTo(initialDelay) < 0) {
            throw new IllegalArgumentException("delays must satisfy 0 <= initialDelay <= maxDelay");
        }
        if (idleTimeout == null || idleTimeout.isNegative() || idleTimeout.isZero()) {
            throw new IllegalArgumentException("idleTimeout must be positive, got " + idleTimeout);
        }
    }

    /** The wait after failed attempt {@code attempt} (1-based). */
    public Duration delayAfter(int attempt) {
        Duration d = initialDelay;
        for (int i = 1; i < attempt && d.compareTo(maxDelay) < 0; i++) {
            d = d.multipliedBy(2);
        }
        return d.compareTo(maxDelay) > 0 ? maxDelay : d;
    }
}
