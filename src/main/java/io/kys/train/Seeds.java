package io.kys.train;

import java.util.Random;

/**
 * Derives independent seeds from a run seed and coordinates (epoch, step, slot, image). Each
 * random choice gets its own generator, so results do not depend on thread scheduling and a
 * resumed run redraws exactly what an uninterrupted run would have drawn.
 */
public final class Seeds {
    private Seeds() { }

    /** A well-mixed 64-bit seed from the parts (SplitMix64 finalizer over a running hash). */
    public static long mix(long... parts) {
        long h = 0x9E3779B97F4A7C15L;
        for (long p : parts) {
            h = finalizer(h ^ finalizer(p + 0x632BE59BD9B4E019L));
        }
        return h;
    }

    /** A generator seeded from the parts. */
    public static Random random(long... parts) {
        return new Random(mix(parts));
    }

    private static long finalizer(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }
}
