package io.kys.augment;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.kys.KysException;
import io.kys.data.UInt8Image;
import java.util.HashSet;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

class RandomAffineTest {
    @Test
    void noRotationAndNoTranslationIsIdentity() {
        RandomAffine none = new RandomAffine(0, 0);
        for (int ch : new int[] {1, 3}) {
            UInt8Image img = TestImages.random(32, 32, ch, 2);
            for (long seed = 0; seed < 5; seed++) {
                assertArrayEquals(img.data(), none.apply(img, new Random(seed)).data());
            }
        }
    }

    @Test
    void translationAloneShiftsTheContentByWholePixelsWithinTheRange() {
        RandomAffine shift = new RandomAffine(0, 0.1);
        UInt8Image img = TestImages.random(32, 32, 3, 5);
        Set<String> seen = new HashSet<>();
        Random rnd = new Random(1);
        for (int i = 0; i < 40; i++) {
            UInt8Image out = shift.apply(img, rnd);
            int[] d = findShift(img, out, 3);
            assertTrue(d != null, "draw " + i + ": output is a shift of at most 3 px (10% of 32, rounded)");
            seen.add(d[0] + "," + d[1]);
        }
        assertTrue(seen.size() > 10, "shifts vary: " + seen);
    }

    @Test
    void paperRotationStaysWithinFifteenDegrees() {
        // A thin bar through the centre: its angle after the affine tells the rotation.
        byte[] d = new byte[64 * 64];
        for (int x = 8; x < 56; x++) {
            d[31 * 64 + x] = (byte) 255;
            d[32 * 64 + x] = (byte) 255;
        }
        UInt8Image bar = new UInt8Image(64, 64, 1, d);
        RandomAffine rotateOnly = new RandomAffine(15, 0);
        double maxAngle = 0;
        Random rnd = new Random(2);
        for (int i = 0; i < 60; i++) {
            double angle = Math.abs(barAngle(rotateOnly.apply(bar, rnd)));
            maxAngle = Math.max(maxAngle, angle);
            assertTrue(angle <= 15.5, "angle " + angle);
        }
        assertTrue(maxAngle > 10, "the range is used: largest angle " + maxAngle);
        assertEquals(15.0, RandomAffine.paper().maxDegrees());
        assertEquals(0.05, RandomAffine.paper().maxTranslate());
        assertThrows(KysException.class, () -> new RandomAffine(-1, 0));
        assertThrows(KysException.class, () -> new RandomAffine(15, 1.5));
    }

    /** The (dx, dy) with {@code out(y, x) = in(y - dy, x - dx)} and black fill, or null. */
    private static int[] findShift(UInt8Image in, UInt8Image out, int max) {
        for (int dy = -max; dy <= max; dy++) {
            for (int dx = -max; dx <= max; dx++) {
                if (isShift(in, out, dx, dy)) {
                    return new int[] {dx, dy};
                }
            }
        }
        return null;
    }

    private static boolean isShift(UInt8Image in, UInt8Image out, int dx, int dy) {
        for (int y = 0; y < in.height(); y++) {
            for (int x = 0; x < in.width(); x++) {
                for (int c = 0; c < in.channels(); c++) {
                    int sy = y - dy;
                    int sx = x - dx;
                    boolean inside = sy >= 0 && sy < in.height() && sx >= 0 && sx < in.width();
                    if (out.get(y, x, c) != (inside ? in.get(sy, sx, c) : 0)) {
                        return false;
                    }
                }
            }
        }
        return true;
    }

    /** Principal-axis angle of the bright pixels, in degrees. */
    private static double barAngle(UInt8Image img) {
        double w = 0;
        double mx = 0;
        double my = 0;
        for (int y = 0; y < img.height(); y++) {
            for (int x = 0; x < img.width(); x++) {
                double v = img.get(y, x, 0);
                w += v;
                mx += v * x;
                my += v * y;
            }
        }
        mx /= w;
        my /= w;
        double sxx = 0;
        double syy = 0;
        double sxy = 0;
        for (int y = 0; y < img.height(); y++) {
            for (int x = 0; x < img.width(); x++) {
                double v = img.get(y, x, 0);
                sxx += v * (x - mx) * (x - mx);
                syy += v * (y - my) * (y - my);
                sxy += v * (x - mx) * (y - my);
            }
        }
        return Math.toDegrees(0.5 * Math.atan2(2 * sxy, sxx - syy));
    }
}
