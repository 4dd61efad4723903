package io.kys.augment;

import io.kys.data.UInt8Image;
import java.util.Random;

/** Small synthetic images for the augmentation tests. */
final class TestImages {
    private TestImages() { }

    /** Uniformly random pixels. */
    static UInt8Image random(int h, int w, int ch, long seed) {
        byte[] d = new byte[h * w * ch];
        new Random(seed).nextBytes(d);
        return new UInt8Image(h, w, ch, d);
    }

    /** Black image with a filled disc of value 200 centred on the image centre. */
    static UInt8Image disc(int size, double radius) {
        byte[] d = new byte[size * size];
        double c = size / 2.0;
        for (int y = 0; y < size; y++) {
            for (int x = 0; x < size; x++) {
                double dx = x + 0.5 - c;
                double dy = y + 0.5 - c;
                if (dx * dx + dy * dy <= radius * radius) {
                    d[y * size + x] = (byte) 200;
                }
            }
        }
        return new UInt8Image(size, size, 1, d);
    }

    /** Sum of all values. */
    static long mass(UInt8Image img) {
        long s = 0;
        for (byte b : img.data()) {
            s += b & 0xFF;
        }
        return s;
    }

    /** Mean absolute difference per value. */
    static double meanAbsDiff(UInt8Image a, UInt8Image b) {
        long s = 0;
        for (int i = 0; i < a.data().length; i++) {
            s += Math.abs((a.data()[i] & 0xFF) - (b.data()[i] & 0xFF));
        }
        return (double) s / a.data().length;
    }
}
