package io.kys.augment;

import java.util.Random;

/**
 * Gamma, Beta and Dirichlet draws from a caller's {@link Random}, for AugMix's mixing weights.
 * Gamma uses Marsaglia and Tsang's squeeze method (2000); Beta and Dirichlet are normalised
 * Gamma draws, the standard construction.
 */
public final class Distributions {
    private Distributions() { }

    /**
     * One draw from Gamma(shape, 1).
     *
     * @param shape positive
     */
    public static double gamma(double shape, Random rnd) {
        if (!(shape > 0) || Double.isInfinite(shape)) {
            throw new IllegalArgumentException("gamma shape must be positive and finite, got " + shape);
        }
        if (shape < 1) {
            // Marsaglia-Tsang needs shape >= 1; Gamma(a) = Gamma(a + 1) * U^(1/a) lifts small shapes.
            double u = rnd.nextDouble();
            return gamma(shape + 1, rnd) * Math.pow(u, 1.0 / shape);
        }
        double d = shape - 1.0 / 3.0;
        double c = 1.0 / Math.sqrt(9.0 * d);
        while (true) {
            double x;
            double v;
            do {
                x = rnd.nextGaussian();
                v = 1.0 + c * x;
            } while (v <= 0);
            v = v * v * v;
            double u = rnd.nextDouble();
            double x2 = x * x;
            if (u < 1.0 - 0.0331 * x2 * x2) {
                return d * v;
            }
            if (Math.log(u) < 0.5 * x2 + d * (1.0 - v + Math.log(v))) {
                return d * v;
            }
        }
    }

    /** One draw from Beta(a, b), as {@code X / (X + Y)} with X ~ Gamma(a), Y ~ Gamma(b). */
    public static double beta(double a, double b, Random rnd) {
        double x = gamma(a, rnd);
        double y = gamma(b, rnd);
        double sum = x + y;
        // Both draws can underflow to 0 for tiny shapes; the limit of that case is a fair coin.
        return sum > 0 ? x / sum : (rnd.nextBoolean() ? 1.0 : 0.0);
    }

    /**
     * One draw from the symmetric Dirichlet(alpha, ..., alpha) over {@code k} components: the
     * weights are non-negative and sum to 1.
     */
    public static double[] dirichlet(double alpha, int k, Random rnd) {
        if (k < 1) {
            throw new IllegalArgumentException("Dirichlet needs at least one component, got " + k);
        }
        double[] w = new double[k];
        double sum = 0;
        for (int i = 0; i < k; i++) {
            w[i] = gamma(alpha, rnd);
            sum += w[i];
        }
        if (sum > 0) {
            for (int i = 0; i < k; i++) {
                w[i] /= sum;
            }
        } else {
            // All draws underflowed (tiny alpha): the limit puts all mass on one component.
            w[rnd.nextInt(k)] = 1.0;
        }
        return w;
    }
}
