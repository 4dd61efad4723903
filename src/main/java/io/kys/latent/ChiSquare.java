package io.kys.latent;

import java.util.SplittableRandom;

/**
 * Chi-square variates, as Gamma(d/2, scale 2) by the Marsaglia-Tsang method (2000), boosted for
 * shapes below one; one normal and one uniform per draw on average for the dimensions used here.
 */
final class ChiSquare {
    private ChiSquare() { }

    /** One chi-square variate with {@code degrees} degrees of freedom. */
    static double draw(SplittableRandom gen, int degrees) {
        return 2 * gamma(gen, degrees / 2.0);
    }

    /** One Gamma(shape, 1) variate. */
    static double gamma(SplittableRandom gen, double shape) {
        if (shape < 1) {
            // Gamma(a) = Gamma(a + 1) * U^(1/a)
            double u = 1 - gen.nextDouble();
            return gamma(gen, shape + 1) * Math.pow(u, 1 / shape);
        }
        double d = shape - 1.0 / 3;
        double c = 1 / Math.sqrt(9 * d);
        while (true) {
            double x;
            double v;
            do {
                x = gen.nextGaussian();
                v = 1 + c * x;
            } while (v <= 0);
            v = v * v * v;
            double u = 1 - gen.nextDouble();
            double x2 = x * x;
            if (u < 1 - 0.0331 * x2 * x2 || Math.log(u) < 0.5 * x2 + d * (1 - v + Math.log(v))) {
                return d * v;
            }
        }
    }
}
