package io.kys.augment;

import io.kys.data.UInt8Image;

/**
 * Per-pixel tone operations with the semantics of PIL's {@code ImageOps}: each one builds a
 * 256-entry lookup table (per channel where the histogram matters) and maps every pixel through
 * it. Pure Java: on small images a table lookup beats a round trip through native code.
 */
public final class Tone {
    private Tone() { }

    /**
     * Stretches each channel linearly so its darkest value becomes 0 and its brightest 255, as
     * {@code ImageOps.autocontrast(img)} (no cutoff); a constant channel is left as is.
     */
    public static UInt8Image autocontrast(UInt8Image img) {
        int[][] hist = histograms(img);
        byte[][] luts = new byte[img.channels()][];
        for (int c = 0; c < luts.length; c++) {
            int lo = 0;
            while (lo < 255 && hist[c][lo] == 0) {
                lo++;
            }
            int hi = 255;
            while (hi > 0 && hist[c][hi] == 0) {
                hi--;
            }
            luts[c] = hi <= lo ? identity() : stretch(lo, hi);
        }
        return mapChannels(img, luts);
    }

    /**
     * PIL's {@code int(v * 255 / (hi - lo) - lo * 255 / (hi - lo))} in exact integer arithmetic:
     * PIL's floating-point version can land one level short at exact integers (e.g. maps the
     * maximum to 254), which this avoids.
     */
    private static byte[] stretch(int lo, int hi) {
        byte[] lut = new byte[256];
        for (int v = 0; v < 256; v++) {
            lut[v] = (byte) clamp(Math.floorDiv((v - lo) * 255, hi - lo));
        }
        return lut;
    }

    /**
     * Equalizes each channel's histogram after {@code ImageOps.equalize(img)}: a value maps to the
     * number of pixels below it divided by {@code step = (pixels - pixels of the top value) / 255},
     * so the output's cumulative histogram is close to a straight line from 0 to 255. A channel
     * with a single value, or fewer than 255 pixels below its top value, is left as is, as in PIL.
     *
     * <p>PIL rounds {@code step} down to an integer. On a 32x32 image (1024 pixels, step about 3.9
     * rounded to 3) that overshoots and clips roughly the brightest quarter of the pixels to 255;
     * here the step stays exact, which matches PIL on large images and keeps the histogram flat
     * on small ones.
     */
    public static UInt8Image equalize(UInt8Image img) {
        int[][] hist = histograms(img);
        byte[][] luts = new byte[img.channels()][];
        for (int c = 0; c < luts.length; c++) {
            luts[c] = equalizingLut(hist[c]);
        }
        return mapChannels(img, luts);
    }

    private static byte[] equalizingLut(int[] h) {
        int total = 0;
        int nonZeroBins = 0;
        int lastCount = 0;
        for (int v = 0; v < 256; v++) {
            if (h[v] > 0) {
                total += h[v];
                nonZeroBins++;
                lastCount = h[v];
            }
        }
        int spread = total - lastCount;
        if (nonZeroBins <= 1 || spread < 255) {
            return identity();
        }
        // lut[v] = floor((step / 2 + below) / step) with step = spread / 255, in integers.
        byte[] lut = new byte[256];
        long below = 0;
        for (int v = 0; v < 256; v++) {
            lut[v] = (byte) clamp((int) ((2 * 255 * below + spread) / (2L * spread)));
            below += h[v];
        }
        return lut;
    }

    /**
     * Keeps the top {@code bits} bits of every value and zeroes the rest, as
     * {@code ImageOps.posterize(img, bits)}; 0 bits gives a black image.
     *
     * @param bits 0 to 8
     */
    public static UInt8Image posterize(UInt8Image img, int bits) {
        if (bits < 0 || bits > 8) {
            throw new IllegalArgumentException("posterize bits must be in 0..8, got " + bits);
        }
        int mask = ~((1 << (8 - bits)) - 1) & 0xFF;
        byte[] lut = new byte[256];
        for (int v = 0; v < 256; v++) {
            lut[v] = (byte) (v & mask);
        }
        return mapAll(img, lut);
    }

    /**
     * Inverts every value at or above {@code threshold} ({@code v -> 255 - v}) and keeps the
     * others, as {@code ImageOps.solarize(img, threshold)}.
     *
     * @param threshold 0 (invert all) to 256 (invert none)
     */
    public static UInt8Image solarize(UInt8Image img, int threshold) {
        byte[] lut = new byte[256];
        for (int v = 0; v < 256; v++) {
            lut[v] = (byte) (v < threshold ? v : 255 - v);
        }
        return mapAll(img, lut);
    }

    /** Per-channel 256-bin histograms. */
    static int[][] histograms(UInt8Image img) {
        int ch = img.channels();
        int[][] hist = new int[ch][256];
        byte[] d = img.data();
        for (int c = 0; c < ch; c++) {
            int[] h = hist[c];
            for (int i = c; i < d.length; i += ch) {
                h[d[i] & 0xFF]++;
            }
        }
        return hist;
    }

    private static UInt8Image mapChannels(UInt8Image img, byte[][] luts) {
        byte[] in = img.data();
        byte[] out = new byte[in.length];
        int ch = img.channels();
        for (int c = 0; c < ch; c++) {
            byte[] lut = luts[c];
            for (int i = c; i < in.length; i += ch) {
                out[i] = lut[in[i] & 0xFF];
            }
        }
        return new UInt8Image(img.height(), img.width(), ch, out);
    }

    private static UInt8Image mapAll(UInt8Image img, byte[] lut) {
        byte[] in = img.data();
        byte[] out = new byte[in.length];
        for (int i = 0; i < in.length; i++) {
            out[i] = lut[in[i] & 0xFF];
        }
        return new UInt8Image(img.height(), img.width(), img.channels(), out);
    }

    private static byte[] identity() {
        byte[] lut = new byte[256];
        for (int v = 0; v < 256; v++) {
            lut[v] = (byte) v;
        }
        return lut;
    }

    static int clamp(int v) {
        return v < 0 ? 0 : Math.min(v, 255);
    }
}
