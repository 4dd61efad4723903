package io.kys.data;

import java.time.Duration;

/**
 * Bounded retries with exponential backoff: attempt {@code k} (from 1) waits
 * {@code min(initialDelay * 2^(k-1), maxDelay)} before the next one.
 *
 * @param maxAttempts tries in all, at least 1
 * @param initialDelay wait after the first failure
 * @param maxDelay cap on any single wait
 */
public record RetryPolicy(int maxAttempts, Duration initialDelay, Duration maxDelay) {
    /**
     * Five tries over about 15 seconds: rides out a dropped connection or a busy server without
     * keeping a user without network waiting long (a later run resumes the .part file anyway).
     */
    public static final RetryPolicy DEFAULT = new RetryPolicy(5, Duration.ofSeconds(1), Duration.ofSeconds(16));

    /** Rejects policies that would never try or never wait sensibly. */
    public RetryPolicy {
        if (maxAttempts < 1) {
            throw new IllegalArgumentException("maxAttempts must be at least 1, got " + maxAttempts);
        }
        if (initialDelay.isNegative() || maxDelay.compareTo(initialDelay) < 0) {
            throw new IllegalArgumentException("delays must satisfy 0 <= initialDelay <= maxDelay");
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
