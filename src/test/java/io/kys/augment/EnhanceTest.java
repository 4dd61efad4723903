package io.kys.augment;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.kys.data.UInt8Image;
import org.junit.jupiter.api.Test;

class EnhanceTest {
    private final UInt8Image rgb = TestImages.random(16, 16, 3, 1);
    private final UInt8Image gray = TestImages.random(16, 16, 1, 2);

    @Test
    void brightnessOneIsIdentityZeroIsBlackAndHalfHalves() {
        for (UInt8Image img : new UInt8Image[] {rgb, gray}) {
            assertArrayEquals(img.data(), Enhance.brightness(img, 1.0).data());
            assertEquals(0, TestImages.mass(Enhance.brightness(img, 0.0)));
            UInt8Image half = Enhance.brightness(img, 0.5);
            for (int i = 0; i < img.data().length; i++) {
                assertEquals((img.data()[i] & 0xFF) / 2, half.data()[i] & 0xFF);
            }
        }
    }

    @Test
    void contrastZeroGivesUniformGrayAtTheMeanLuma() {
        double luma = 0;
        for (int y = 0; y < 16; y++) {
            for (int x = 0; x < 16; x++) {
                luma += 0.299 * rgb.get(y, x, 0) + 0.587 * rgb.get(y, x, 1) + 0.114 * rgb.get(y, x, 2);
            }
        }
        luma /= 256;
        UInt8Image flat = Enhance.contrast(rgb, 0.0);
        int level = flat.data()[0] & 0xFF;
        for (byte b : flat.data()) {
            assertEquals(level, b & 0xFF, "uniform");
        }
        assertEquals(luma, level, 1.0);
        assertArrayEquals(rgb.data(), Enhance.contrast(rgb, 1.0).data());
        UInt8Image stronger = Enhance.contrast(gray, 2.0);
        assertTrue(spread(stronger) > spread(gray), "factor 2 widens the spread of values");
    }

    @Test
    void colorZeroGivesGrayscaleAndOneIsIdentity() {
        UInt8Image g = Enhance.color(rgb, 0.0);
        for (int y = 0; y < 16; y++) {
            for (int x = 0; x < 16; x++) {
                int r = g.get(y, x, 0);
                assertEquals(r, g.get(y, x, 1));
                assertEquals(r, g.get(y, x, 2));
                double luma = 0.299 * rgb.get(y, x, 0) + 0.587 * rgb.get(y, x, 1) + 0.114 * rgb.get(y, x, 2);
                assertEquals(luma, r, 1.0);
            }
        }
        assertArrayEquals(rgb.data(), Enhance.color(rgb, 1.0).data());
        assertArrayEquals(gray.data(), Enhance.color(gray, 0.3).data(), "a gray image has no colour to change");
    }

    @Test
    void sharpnessOneIsIdentityZeroSmoothsAndTwoSharpens() {
        for (UInt8Image img : new UInt8Image[] {rgb, gray}) {
            assertArrayEquals(img.data(), Enhance.sharpness(img, 1.0).data());
            UInt8Image smooth = Enhance.sharpness(img, 0.0);
            UInt8Image sharp = Enhance.sharpness(img, 2.0);
            assertTrue(roughness(smooth) < roughness(img), "factor 0 smooths");
            assertTrue(roughness(sharp) > roughness(img), "factor 2 sharpens");
            for (int x = 0; x < 16; x++) {
                for (int c = 0; c < img.channels(); c++) {
                    assertEquals(img.get(0, x, c), smooth.get(0, x, c), "border rows are not filtered");
                    assertEquals(img.get(x, 15, c), smooth.get(x, 15, c), "border columns are not filtered");
                }
            }
            int c = img.channels() - 1;
            int sum = 4 * img.get(5, 7, c);
            for (int dy = -1; dy <= 1; dy++) {
                for (int dx = -1; dx <= 1; dx++) {
                    sum += img.get(5 + dy, 7 + dx, c);
                }
            }
            assertEquals(Math.round(sum / 13.0), smooth.get(5, 7, c), "SMOOTH kernel at an interior pixel");
        }
    }

    private static double spread(UInt8Image img) {
        double mean = TestImages.mass(img) / (double) img.data().length;
        double s = 0;
        for (byte b : img.data()) {
            s += Math.abs((b & 0xFF) - mean);
        }
        return s;
    }

    /** Sum of absolute differences between horizontal neighbours. */
    private static long roughness(UInt8Image img) {
        long s = 0;
        for (int y = 0; y < img.height(); y++) {
            for (int x = 1; x < img.width(); x++) {
                for (int c = 0; c < img.channels(); c++) {
                    s += Math.abs(img.get(y, x, c) - img.get(y, x - 1, c));
                }
            }
        }
        return s;
    }
}
