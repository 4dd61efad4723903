package io.kys.augment;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.kys.data.UInt8Image;
import java.util.Random;
import org.junit.jupiter.api.Test;

class ToneTest {
    /** 16x16 RGB image holding every value 0..255 in each channel, in shuffled positions. */
    private static UInt8Image allValues() {
        byte[] d = new byte[16 * 16 * 3];
        Random rnd = new Random(3);
        for (int c = 0; c < 3; c++) {
            int[] vals = new int[256];
            for (int v = 0; v < 256; v++) {
                vals[v] = v;
            }
            for (int i = 255; i > 0; i--) {
                int j = rnd.nextInt(i + 1);
                int t = vals[i];
                vals[i] = vals[j];
                vals[j] = t;
            }
            for (int p = 0; p < 256; p++) {
                d[p * 3 + c] = (byte) vals[p];
            }
        }
        return new UInt8Image(16, 16, 3, d);
    }

    @Test
    void solarizeInvertsExactlyThePixelsAtOrAboveTheThreshold() {
        UInt8Image img = allValues();
        for (int t : new int[] {0, 1, 100, 128, 255, 256}) {
            UInt8Image out = Tone.solarize(img, t);
            for (int i = 0; i < img.data().length; i++) {
                int v = img.data()[i] & 0xFF;
                assertEquals(v >= t ? 255 - v : v, out.data()[i] & 0xFF, "threshold " + t + ", value " + v);
            }
        }
    }

    @Test
    void posterizeKeepsOnlyTheTopBits() {
        UInt8Image img = allValues();
        for (int bits = 0; bits <= 8; bits++) {
            UInt8Image out = Tone.posterize(img, bits);
            int low = 8 - bits;
            for (int i = 0; i < img.data().length; i++) {
                int v = img.data()[i] & 0xFF;
                int o = out.data()[i] & 0xFF;
                assertEquals(0, o & ((1 << low) - 1), "low bits of " + v + " at " + bits + " bits");
                assertEquals(v >> low, o >> low, "top bits of " + v + " at " + bits + " bits");
            }
        }
    }

    @Test
    void autocontrastMapsEachChannelsMinimumToZeroAndMaximumTo255() {
        Random rnd = new Random(5);
        byte[] d = new byte[20 * 20 * 3];
        for (int p = 0; p < 400; p++) {
            d[3 * p] = (byte) (50 + rnd.nextInt(51));
            d[3 * p + 1] = (byte) (10 + rnd.nextInt(191));
            d[3 * p + 2] = (byte) 77;
        }
        UInt8Image img = new UInt8Image(20, 20, 3, d);
        UInt8Image out = Tone.autocontrast(img);
        for (int c = 0; c < 2; c++) {
            int min = 255;
            int max = 0;
            for (int p = 0; p < 400; p++) {
                int o = out.get(p / 20, p % 20, c);
                min = Math.min(min, o);
                max = Math.max(max, o);
                for (int q = 0; q < 400; q++) {
                    if (img.get(p / 20, p % 20, c) < img.get(q / 20, q % 20, c)) {
                        assertTrue(o <= out.get(q / 20, q % 20, c), "order kept in channel " + c);
                    }
                }
            }
            assertEquals(0, min, "channel " + c + " minimum");
            assertEquals(255, max, "channel " + c + " maximum");
        }
        for (int p = 0; p < 400; p++) {
            assertEquals(77, out.get(p / 20, p % 20, 2), "a constant channel is left as is");
        }
    }

    @Test
    void equalizeMakesTheHistogramNearlyUniformAndIsNearlyIdempotent() {
        Random rnd = new Random(11);
        byte[] d = new byte[32 * 32];
        for (int i = 0; i < d.length; i++) {
            // Triangular density on 40..119: neither flat nor spanning the range.
            d[i] = (byte) (40 + (int) (80 * Math.max(rnd.nextDouble(), rnd.nextDouble())));
        }
        UInt8Image skewed = new UInt8Image(32, 32, 1, d);
        UInt8Image eq = Tone.equalize(skewed);
        assertTrue(maxCdfGap(skewed) > 0.3, "the input is far from uniform");
        assertTrue(maxCdfGap(Tone.autocontrast(skewed)) > 0.15, "a linear stretch does not flatten it");
        assertTrue(maxCdfGap(eq) < 0.05, "equalized CDF gap " + maxCdfGap(eq));
        double drift = TestImages.meanAbsDiff(eq, Tone.equalize(eq));
        assertTrue(drift < 3.0, "equalizing twice moves values by " + drift + " on average");
    }

    @Test
    void equalizeLeavesAConstantImageAlone() {
        byte[] d = new byte[8 * 8 * 3];
        java.util.Arrays.fill(d, (byte) 90);
        UInt8Image img = new UInt8Image(8, 8, 3, d);
        assertArrayEquals(d, Tone.equalize(img).data());
        assertArrayEquals(d, Tone.autocontrast(img).data());
    }

    /** Largest gap between the value CDF and the uniform CDF over 0..255. */
    private static double maxCdfGap(UInt8Image img) {
        int[] h = Tone.histograms(img)[0];
        double n = img.data().length;
        double gap = 0;
        int below = 0;
        for (int v = 0; v < 256; v++) {
            below += h[v];
            gap = Math.max(gap, Math.abs(below / n - (v + 1) / 256.0));
        }
        return gap;
    }
}
