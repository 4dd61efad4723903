package io.kys.report;

import java.util.Objects;

/**
 * A named sequence of (x, y) points: a training curve, or one group of a scatter plot. Arrays are
 * shared, not copied.
 *
 * @param name legend label
 * @param x x coordinates
 * @param y y coordinates, as many as {@code x}
 */
public record Series(String name, double[] x, double[] y) {
    /** Checks that the coordinates pair up. */
    public Series {
        Objects.requireNonNull(name, "name");
        if (x.length != y.length) {
            throw new IllegalArgumentException("series " + name + " has " + x.length + " x but " + y.length + " y values");
        }
    }

    /** Values per epoch, plotted at x = 1, 2, ..., n. */
    public static Series overEpochs(String name, double[] valuesPerEpoch) {
        double[] epochs = new double[valuesPerEpoch.length];
        for (int i = 0; i < epochs.length; i++) {
            epochs[i] = i + 1;
        }
        return new Series(name, epochs, valuesPerEpoch);
    }
}
