package io.kys.report;

import java.util.Objects;

/**
 * A named list of numbers: one set of scores for a histogram, or one protocol's values over the
 * categories of a bar or radar chart. The array is shared, not copied.
 *
 * @param name legend label
 * @param values the numbers
 */
public record NamedValues(String name, double[] values) {
    /** Checks that no part is missing. */
    public NamedValues {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(values, "values");
    }
}
