package io.kys.augment;

import io.kys.data.UInt8Image;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;

/**
 * Applies one transform to a batch of images, in parallel if an executor is given, with results
 * that do not depend on the number of threads: image {@code i} always gets its own
 * {@link Random} seeded from {@code (seed, i)}, whichever thread runs it.
 */
public final class BatchAugment {
    private BatchAugment() { }

    /**
     * Transforms every image.
     *
     * @param transform applied to each image
     * @param images inputs, left untouched
     * @param seed batch seed; draw a fresh one per step from the trainer's {@link Random}
     * @param executor runs the work in {@code threads} contiguous slices; {@code null} runs it here
     * @param threads number of slices, at least 1
     * @return outputs in input order
     */
    public static List<UInt8Image> apply(ImageTransform transform, List<UInt8Image> images, long seed,
                                         ExecutorService executor, int threads) {
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be at least 1, got " + threads);
        }
        UInt8Image[] out = new UInt8Image[images.size()];
        if (executor == null || threads == 1) {
            runSlice(transform, images, seed, out, 0, out.length);
            return List.of(out);
        }
        int slice = (out.length + threads - 1) / threads;
        List<Future<?>> jobs = new ArrayList<>();
        for (int from = 0; from < out.length; from += slice) {
            int start = from;
            int end = Math.min(out.length, from + slice);
            jobs.add(executor.submit(() -> runSlice(transform, images, seed, out, start, end)));
        }
        for (Future<?> job : jobs) {
            try {
                job.get();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while augmenting a batch", e);
            } catch (ExecutionException e) {
                Throwable cause = e.getCause();
                if (cause instanceof RuntimeException re) {
                    throw re;
                }
                throw new IllegalStateException("augmenting a batch failed", cause);
            }
        }
        return List.of(out);
    }

    private static void runSlice(ImageTransform transform, List<UInt8Image> images, long seed,
                                 UInt8Image[] out, int from, int to) {
        for (int i = from; i < to; i++) {
            out[i] = transform.apply(images.get(i), new Random(imageSeed(seed, i)));
        }
    }

    /** Mixes the batch seed and the index (SplitMix64 finaliser) so neighbouring images decorrelate. */
    static long imageSeed(long seed, int index) {
        long z = seed + 0x9E3779B97F4A7C15L * (index + 1L);
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }
}
