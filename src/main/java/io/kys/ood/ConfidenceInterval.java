package io.kys.ood;

/**
 * A two-sided bootstrap percentile interval.
 *
 * @param low the lower bound (2.5th percentile for a 95% interval)
 * @param high the upper bound (97.5th percentile for a 95% interval)
 * @param level the coverage, e.g. 0.95
 * @param resamples how many bootstrap resamples it was read from
 */
public record ConfidenceInterval(double low, double high, double level, int resamples) { }
