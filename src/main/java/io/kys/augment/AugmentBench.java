package io.kys.augment;

import io.kys.data.UInt8Image;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * Throughput of the pixel-space outlier pipeline ({@link PixelOutliers#paper()}) on random
 * 32x32 RGB images, to check that augmentation keeps up with training: the trainer needs 128
 * outliers per step. {@link #measure} returns the numbers; {@link #main} prints them.
 */
public final class AugmentBench {
    private AugmentBench() { }

    /**
     * One measurement.
     *
     * @param images images transformed in the timed run
     * @param threads worker threads
     * @param seconds wall time of the timed run
     */
    public record Result(int images, int threads, double seconds) {
        /** Images transformed per second of wall time. */
        public double imagesPerSecond() {
            return images / seconds;
        }
    }

    /**
     * Times {@code images} outliers made with {@code threads} threads, after a warm-up of the same
     * size so the JIT and the OpenCV natives are ready.
     */
    public static Result measure(int images, int threads, long seed) {
        Random rnd = new Random(seed);
        List<UInt8Image> inputs = new ArrayList<>(images);
        for (int i = 0; i < images; i++) {
            byte[] data = new byte[32 * 32 * 3];
            rnd.nextBytes(data);
            inputs.add(new UInt8Image(32, 32, 3, data));
        }
        PixelOutliers outliers = PixelOutliers.paper();
        ExecutorService pool = threads > 1 ? Executors.newFixedThreadPool(threads) : null;
        try {
            BatchAugment.apply(outliers, inputs, seed, pool, threads);
            long start = System.nanoTime();
            BatchAugment.apply(outliers, inputs, seed + 1, pool, threads);
            return new Result(images, threads, (System.nanoTime() - start) / 1e9);
        } finally {
            if (pool != null) {
                pool.shutdown();
            }
        }
    }

    /**
     * Prints images per second on one thread and on all cores.
     *
     * @param args optional: number of images (default 20000)
     */
    public static void main(String[] args) {
        int images = args.length > 0 ? Integer.parseInt(args[0]) : 20_000;
        int cores = Runtime.getRuntime().availableProcessors();
        for (int threads : cores > 1 ? new int[] {1, cores} : new int[] {1}) {
            Result r = measure(images, threads, 42);
            System.out.printf("PixelOutliers (AugMix severity 11 + 4x4 jigsaw), 32x32 RGB: %d images, %d thread(s): "
                    + "%.2f s, %.0f images/s%n", r.images(), r.threads(), r.seconds(), r.imagesPerSecond());
        }
    }
}
