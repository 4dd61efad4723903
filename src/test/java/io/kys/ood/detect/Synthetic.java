package io.kys.ood.detect;

import java.util.Random;

/** Small seeded training splits and samples for tests that need data but no golden values. */
final class Synthetic {
    private Synthetic() { }

    /** N x D Gaussian features, labels cycling through the classes, a random head. */
    static FitData train(int n, int d, int classes, long seed) {
        Random random = new Random(seed);
        double[] x = gaussian(random, n * d);
        int[] labels = new int[n];
        for (int i = 0; i < n; i++) {
            labels[i] = i % classes;
        }
        return FitData.of(new Matrix(n, d, x), labels, new Matrix(classes, d, gaussian(random, classes * d)),
                gaussian(random, classes));
    }

    /** M Gaussian samples scored by {@code train}'s head. */
    static Samples samples(FitData train, int m, long seed) {
        Matrix features = new Matrix(m, train.dimension(), gaussian(new Random(seed), m * train.dimension()));
        return new Samples(features, features.affine(train.weight(), train.bias()));
    }

    /** {@code train} with one training feature value replaced by {@code value}. */
    static FitData withTrainingValue(FitData train, int row, int col, double value) {
        double[] x = train.features().toArray();
        x[row * train.dimension() + col] = value;
        return FitData.of(new Matrix(train.size(), train.dimension(), x), train.labels(), train.weight(), train.bias());
    }

    static double[] gaussian(Random random, int count) {
        double[] out = new double[count];
        for (int i = 0; i < count; i++) {
            out[i] = random.nextGaussian();
        }
        return out;
    }
}
