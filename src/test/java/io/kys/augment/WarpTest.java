package io.kys.augment;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.kys.data.UInt8Image;
import org.junit.jupiter.api.Test;

class WarpTest {
    @Test
    void rotationByZeroIsIdentity() {
        for (int ch : new int[] {1, 3}) {
            UInt8Image img = TestImages.random(32, 32, ch, 7);
            assertArrayEquals(img.data(), Warp.rotate(img, 0).data());
        }
    }

    @Test
    void positiveAnglesRotateCounterClockwiseLikePil() {
        byte[] d = new byte[32 * 32];
        d[15 * 32 + 26] = (byte) 255; // right of centre, row 15
        d[16 * 32 + 26] = (byte) 255;
        UInt8Image dot = new UInt8Image(32, 32, 1, d);
        UInt8Image out = Warp.rotate(dot, 90);
        int[] peak = argmax(out);
        assertTrue(Math.abs(peak[1] - 15.5) <= 1 && peak[0] <= 6, "the dot moved above the centre, to " + peak[0] + "," + peak[1]);
    }

    @Test
    void rotationKeepsTheMassOfACentredDisc() {
        UInt8Image disc = TestImages.disc(32, 10);
        for (double deg : new double[] {17, -33, 45, 90}) {
            double ratio = (double) TestImages.mass(Warp.rotate(disc, deg)) / TestImages.mass(disc);
            assertEquals(1.0, ratio, 0.03, "mass ratio at " + deg + " degrees");
        }
    }

    @Test
    void translationShiftsByWholePixelsAndFillsBlack() {
        for (int ch : new int[] {1, 3}) {
            UInt8Image img = TestImages.random(32, 32, ch, 9);
            UInt8Image out = Warp.translate(img, 3, -2);
            for (int y = 0; y < 32; y++) {
                for (int x = 0; x < 32; x++) {
                    for (int c = 0; c < ch; c++) {
                        int sy = y + 2;
                        int sx = x - 3;
                        int expected = sy < 32 && sx >= 0 ? img.get(sy, sx, c) : 0;
                        assertEquals(expected, out.get(y, x, c), "pixel " + y + "," + x);
                    }
                }
            }
        }
    }

    @Test
    void shearIsAnchoredAtTheTopLeftCorner() {
        double s = 0.25;
        byte[] vertical = new byte[32 * 32];
        byte[] horizontal = new byte[32 * 32];
        for (int i = 0; i < 32; i++) {
            vertical[i * 32 + 20] = (byte) 240;
            horizontal[20 * 32 + i] = (byte) 240;
        }
        UInt8Image vx = Warp.shearX(new UInt8Image(32, 32, 1, vertical), s);
        UInt8Image hy = Warp.shearY(new UInt8Image(32, 32, 1, horizontal), s);
        for (int i = 0; i < 32; i++) {
            // Output (x, y) samples input x + s * y in continuous coordinates, so the line at
            // pixel centre 20.5 appears at 20.5 - s * (y + 0.5).
            double expected = 20 - s * (i + 0.5);
            assertEquals(expected, centroidOfRow(vx, i), 0.05, "row " + i);
            assertEquals(expected, centroidOfColumn(hy, i), 0.05, "column " + i);
        }
    }

    private static double centroidOfRow(UInt8Image img, int y) {
        double w = 0;
        double s = 0;
        for (int x = 0; x < img.width(); x++) {
            w += img.get(y, x, 0);
            s += x * img.get(y, x, 0);
        }
        return s / w;
    }

    private static double centroidOfColumn(UInt8Image img, int x) {
        double w = 0;
        double s = 0;
        for (int y = 0; y < img.height(); y++) {
            w += img.get(y, x, 0);
            s += y * img.get(y, x, 0);
        }
        return s / w;
    }

    private static int[] argmax(UInt8Image img) {
        int best = -1;
        int[] at = new int[2];
        for (int y = 0; y < img.height(); y++) {
            for (int x = 0; x < img.width(); x++) {
                if (img.get(y, x, 0) > best) {
                    best = img.get(y, x, 0);
                    at = new int[] {y, x};
                }
            }
        }
        return at;
    }

    @Test
    void aLargerCanvasKeepsTheImageAtTheTopLeftAndLeavesABlackBand() {
        UInt8Image img = TestImages.random(28, 28, 3, 4);
        for (UInt8Image out : new UInt8Image[] {Warp.translate(img, 0, 0, 32), Warp.shearX(img, 0, 32),
                Warp.shearY(img, 0, 32)}) {
            assertEquals(32, out.height());
            assertEquals(32, out.width());
            for (int y = 0; y < 32; y++) {
                for (int x = 0; x < 32; x++) {
                    for (int c = 0; c < 3; c++) {
                        int expected = y < 28 && x < 28 ? img.get(y, x, c) : 0;
                        assertEquals(expected, out.get(y, x, c), "pixel " + y + "," + x);
                    }
                }
            }
        }
    }

    @Test
    void nearestSamplingCreatesNoNewGreyLevels() {
        byte[] checker = new byte[28 * 28];
        for (int i = 0; i < checker.length; i++) {
            checker[i] = (byte) (((i / 28 + i % 28) % 2 == 0) ? 40 : 200);
        }
        UInt8Image img = new UInt8Image(28, 28, 1, checker);
        java.util.Set<Integer> levels = java.util.Set.of(0, 40, 200);
        UInt8Image out = Warp.rotateTranslate(img, 11.3, 1, -1, true);
        for (byte b : out.data()) {
            assertTrue(levels.contains(b & 0xFF), "level " + (b & 0xFF) + " is not in the input");
        }
        UInt8Image bilinear = Warp.rotateTranslate(img, 11.3, 1, -1, false);
        long fresh = 0;
        for (byte b : bilinear.data()) {
            fresh += levels.contains(b & 0xFF) ? 0 : 1;
        }
        assertTrue(fresh > 0, "bilinear sampling interpolates");
    }
}
