package io.kys.deploy;

import io.kys.KysException;
import io.kys.ood.Bootstrap;
import java.util.Arrays;
import java.util.Random;

/**
 * Bootstrap intervals of acceptance rates, in the manner of {@link Bootstrap}: each set resampled
 * with replacement at its own size, a seeded {@link Random}, 95% percentile intervals with
 * numpy's linear interpolation between order statistics.
 */
public final class RateBootstrap {
    private final int resamples;
    private final long seed;

    /** Intervals from {@code resamples} (at least 1) resamples drawn from {@code seed}. */
    public RateBootstrap(int resamples, long seed) {
        if (resamples < 1) {
            throw new KysException("bootstrap needs at least 1 resample, got " + resamples);
        }
        this.resamples = resamples;
        this.seed = seed;
    }

    /** Number of resamples. */
    public int resamples() {
        return resamples;
    }

    /**
     * The fraction of {@code scores} accepted at a fixed {@code threshold}, with the interval of
     * that fraction over resamples of the scores.
     */
    public BundleManifest.RateEstimate accepted(double[] scores, double threshold) {
        if (scores.length == 0) {
            throw new KysException("no scores to measure an acceptance rate on");
        }
        Random random = new Random(seed);
        double[] rates = new double[resamples];
        double[] sample = new double[scores.length];
        for (int r = 0; r < resamples; r++) {
            resample(scores, sample, random);
            rates[r] = TprThreshold.acceptedFraction(sample, threshold);
        }
        return estimate(scores.length, TprThreshold.acceptedFraction(scores, threshold), rates);
    }

    /**
     * Where the accepted fraction of {@code test} is expected to fall when the threshold for
     * {@code targetTpr} is chosen on a validation set like {@code validation}: each resample
     * re-chooses the threshold on resampled validation scores and measures it on resampled test
     * scores, so both the choice and the measurement vary. The point value is the fraction at
     * {@code threshold}, the threshold chosen on the validation scores themselves.
     */
    public BundleManifest.RateEstimate calibration(double[] validation, double[] test, double targetTpr,
                                                   double threshold) {
        if (validation.length == 0 || test.length == 0) {
            throw new KysException("a calibration interval needs validation and test scores");
        }
        Random random = new Random(seed);
        double[] rates = new double[resamples];
        double[] val = new double[validation.length];
        double[] sample = new double[test.length];
        for (int r = 0; r < resamples; r++) {
            resample(validation, val, random);
            Arrays.sort(val);
            double t = TprThreshold.atRate(val, targetTpr);
            resample(test, sample, random);
            rates[r] = TprThreshold.acceptedFraction(sample, t);
        }
        return estimate(test.length, TprThreshold.acceptedFraction(test, threshold), rates);
    }

    private static BundleManifest.RateEstimate estimate(int images, double rate, double[] rates) {
        Arrays.sort(rates);
        double tail = (1 - Bootstrap.LEVEL) / 2;
        return new BundleManifest.RateEstimate(images, rate, percentile(rates, tail), percentile(rates, 1 - tail));
    }

    private static void resample(double[] from, double[] into, Random random) {
        for (int i = 0; i < into.length; i++) {
            into[i] = from[random.nextInt(from.length)];
        }
    }

    private static double percentile(double[] sorted, double q) {
        double position = q * (sorted.length - 1);
        int below = (int) Math.floor(position);
        int above = Math.min(below + 1, sorted.length - 1);
        return sorted[below] + (position - below) * (sorted[above] - sorted[below]);
    }
}
