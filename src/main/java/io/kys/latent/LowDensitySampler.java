package io.kys.latent;

import java.util.Arrays;
import java.util.Random;
import java.util.SplittableRandom;

/**
 * Draws samples from each class Gaussian and keeps the ones of lowest density: the inliers at
 * the boundary of each class that the latent-space protocol pushes to low energy.
 *
 * <p>Under {@code N(mu, S)} with {@code x = mu + L z}, the density falls as {@code |z|^2} grows,
 * so "keep the k of lowest density among n draws" means "keep the k draws with the largest
 * {@code |z|^2}", with no solve against {@code S}. Two methods implement it:
 * <ul>
 *   <li>{@link Method#FULL} draws all n standard-normal vectors z, as the reference does, and
 *       colors only the k kept ones.</li>
 *   <li>{@link Method#RADIAL} uses that a standard-normal z is {@code R U} with {@code R^2}
 *       chi-square with d degrees of freedom, independent of the uniform direction U. It draws
 *       the n values {@code R^2}, selects the k largest, and draws directions for those k only.
 *       The kept samples have exactly the same joint distribution as with FULL, at a fraction of
 *       the cost (n numbers instead of n times d).</li>
 * </ul>
 */
public final class LowDensitySampler {
    /** How the discarded draws are produced; both give the same distribution of kept samples. */
    public enum Method {
        /** Only the squared norms of the discarded draws are drawn (the default, fast). */
        RADIAL,
        /** Every draw is a full d-dimensional vector, as in the reference code. */
        FULL
    }

    private LowDensitySampler() { }

    /** Samples with the sizes of {@code settings} by the {@link Method#RADIAL} method. */
    public static LatentSamples sample(ClassConditionalGaussian gaussian, LatentSettings settings, Random random) {
        return sample(gaussian, settings.drawsPerClass(), settings.keepPerClass(), random, Method.RADIAL);
    }

    /** Same as {@link #sample(ClassConditionalGaussian, int, int, Random, Method)} with {@link Method#RADIAL}. */
    public static LatentSamples sample(ClassConditionalGaussian gaussian, int perClassDraws, int keep, Random random) {
        return sample(gaussian, perClassDraws, keep, random, Method.RADIAL);
    }

    /**
     * For each class c, draws {@code perClassDraws} samples from {@code N(mu_c, S)} and keeps the
     * {@code keep} of lowest log-density, in draw order.
     *
     * @param random source of randomness; the same state gives the same samples
     * @return {@code numClasses * keep} vectors, class 0 first
     */
    public static LatentSamples sample(ClassConditionalGaussian gaussian, int perClassDraws, int keep,
                                       Random random, Method method) {
        if (keep < 1 || keep > perClassDraws) {
            throw new IllegalArgumentException("need 1 <= keep <= draws, got keep " + keep + " of " + perClassDraws);
        }
        SplittableRandom gen = new SplittableRandom(random.nextLong());
        int classes = gaussian.numClasses();
        int d = gaussian.dim();
        float[] features = new float[classes * keep * d];
        int[] labels = new int[classes * keep];
        double[] logDensities = new double[classes * keep];
        double[] squaredNorms = new double[perClassDraws];
        double[] whitened = method == Method.FULL ? new double[perClassDraws * d] : null;
        double[] z = new double[d];
        for (int c = 0; c < classes; c++) {
            if (method == Method.FULL) {
                drawStandardNormals(gen, whitened, squaredNorms, d);
            } else {
                for (int i = 0; i < perClassDraws; i++) {
                    squaredNorms[i] = ChiSquare.draw(gen, d);
                }
            }
            int[] kept = largest(squaredNorms, keep);
            for (int k = 0; k < keep; k++) {
                int slot = c * keep + k;
                int drawn = kept[k];
                if (method == Method.FULL) {
                    System.arraycopy(whitened, drawn * d, z, 0, d);
                } else {
                    randomPoint(gen, Math.sqrt(squaredNorms[drawn]), z);
                }
                gaussian.colorInto(c, z, features, slot * d);
                labels[slot] = c;
                logDensities[slot] = gaussian.logDensityOfWhitened(squaredNorms[drawn]);
            }
        }
        return new LatentSamples(d, features, labels, logDensities);
    }

    /** Fills {@code out} with n x d standard normals and {@code squaredNorms} with each row's |z|^2. */
    static void drawStandardNormals(SplittableRandom gen, double[] out, double[] squaredNorms, int d) {
        for (int i = 0; i < squaredNorms.length; i++) {
            double s = 0;
            int base = i * d;
            for (int j = 0; j < d; j++) {
                double v = gen.nextGaussian();
                out[base + j] = v;
                s += v * v;
            }
            squaredNorms[i] = s;
        }
    }

    /** Writes a uniformly random direction scaled to {@code radius} into {@code z}. */
    private static void randomPoint(SplittableRandom gen, double radius, double[] z) {
        double s;
        do {
            s = 0;
            for (int j = 0; j < z.length; j++) {
                z[j] = gen.nextGaussian();
                s += z[j] * z[j];
            }
        } while (s == 0);
        double scale = radius / Math.sqrt(s);
        for (int j = 0; j < z.length; j++) {
            z[j] *= scale;
        }
    }

    /**
     * Indices of the {@code keep} largest values, ascending; of equal values the earlier index
     * wins. A min-heap of the current best {@code keep} makes this one pass with a comparison per
     * value for {@code keep} much smaller than the length.
     */
    static int[] largest(double[] values, int keep) {
        int[] heap = new int[keep];
        for (int i = 0; i < keep; i++) {
            heap[i] = i;
            siftUp(heap, i, values);
        }
        for (int i = keep; i < values.length; i++) {
            // Indices arrive in increasing order, so an equal value never displaces an earlier one.
            if (values[i] > values[heap[0]]) {
                heap[0] = i;
                siftDown(heap, keep, values);
            }
        }
        Arrays.sort(heap);
        return heap;
    }

    /** Heap order: smaller value first; for equal values the later index first (it goes out first). */
    private static boolean before(int a, int b, double[] values) {
        return values[a] < values[b] || (values[a] == values[b] && a > b);
    }

    private static void siftUp(int[] heap, int pos, double[] values) {
        while (pos > 0) {
            int parent = (pos - 1) / 2;
            if (!before(heap[pos], heap[parent], values)) {
                return;
            }
            int t = heap[pos];
            heap[pos] = heap[parent];
            heap[parent] = t;
            pos = parent;
        }
    }

    private static void siftDown(int[] heap, int size, double[] values) {
        int pos = 0;
        while (true) {
            int left = 2 * pos + 1;
            if (left >= size) {
                return;
            }
            int child = left + 1 < size && before(heap[left + 1], heap[left], values) ? left + 1 : left;
            if (!before(heap[child], heap[pos], values)) {
                return;
            }
            int t = heap[pos];
            heap[pos] = heap[child];
            heap[child] = t;
            pos = child;
        }
    }
}
