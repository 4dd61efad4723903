package io.kys.latent;

import java.util.Arrays;
import java.util.Locale;
import java.util.Random;

/**
 * Times one training step's latent work at the paper's sizes: fitting the Gaussian to full
 * queues and drawing the low-density samples by each method.
 *
 * <p>Run: {@code java -cp target/classes:target/lib/* io.kys.latent.LatentBench [classes] [dim]}.
 */
public final class LatentBench {
    private LatentBench() { }

    /**
     * Median milliseconds per call.
     *
     * @param fitMillis fitting means, covariance and Cholesky factor
     * @param radialMillis sampling with {@link LowDensitySampler.Method#RADIAL}
     * @param fullMillis sampling with {@link LowDensitySampler.Method#FULL}
     */
    public record Result(int numClasses, int dim, double fitMillis, double radialMillis, double fullMillis) {
        /** One line for a console. */
        public String describe() {
            return String.format(Locale.ROOT,
                    "%d classes x %d dims: fit %.1f ms, sample RADIAL %.2f ms, sample FULL %.1f ms (per step)",
                    numClasses, dim, fitMillis, radialMillis, fullMillis);
        }
    }

    /** Measures with {@link LatentSettings#PAPER} sizes on random full queues. */
    public static Result measure(int numClasses, int dim, int repeats) throws GaussianFitException {
        LatentSettings s = LatentSettings.PAPER;
        Random random = new Random(1);
        FeatureQueues queues = new FeatureQueues(numClasses, s.queueCapacity(), dim);
        float[] features = new float[numClasses * s.queueCapacity() * dim];
        int[] labels = new int[numClasses * s.queueCapacity()];
        for (int i = 0; i < labels.length; i++) {
            labels[i] = i % numClasses;
        }
        for (int i = 0; i < features.length; i++) {
            features[i] = (float) Math.abs(random.nextGaussian());
        }
        queues.add(features, labels);
        double[] fit = new double[repeats];
        double[] radial = new double[repeats];
        double[] full = new double[repeats];
        for (int r = 0; r < repeats; r++) {
            long t0 = System.nanoTime();
            ClassConditionalGaussian g = ClassConditionalGaussian.fit(queues, s.ridge());
            long t1 = System.nanoTime();
            LowDensitySampler.sample(g, s.drawsPerClass(), s.keepPerClass(), random, LowDensitySampler.Method.RADIAL);
            long t2 = System.nanoTime();
            LowDensitySampler.sample(g, s.drawsPerClass(), s.keepPerClass(), random, LowDensitySampler.Method.FULL);
            long t3 = System.nanoTime();
            fit[r] = (t1 - t0) / 1e6;
            radial[r] = (t2 - t1) / 1e6;
            full[r] = (t3 - t2) / 1e6;
        }
        return new Result(numClasses, dim, median(fit), median(radial), median(full));
    }

    private static double median(double[] v) {
        double[] s = v.clone();
        Arrays.sort(s);
        return s[s.length / 2];
    }

    /** Prints the timing line. */
    public static void main(String[] args) throws GaussianFitException {
        int classes = args.length > 0 ? Integer.parseInt(args[0]) : 8;
        int dim = args.length > 1 ? Integer.parseInt(args[1]) : 128;
        System.out.println(measure(classes, dim, 15).describe());
    }
}
