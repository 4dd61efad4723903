package io.kys.augment;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.kys.KysException;
import io.kys.data.UInt8Image;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class AugMixOpTest {
    @Test
    void theThirteenOpsCarryMethodNamesInOrder() {
        List<String> names = Arrays.stream(AugMixOp.values()).map(AugMixOp::opName).toList();
        assertEquals(List.of("autocontrast", "equalize", "posterize", "rotate", "solarize", "shear_x", "shear_y",
                "translate_x", "translate_y", "color", "contrast", "brightness", "sharpness"), names);
        for (AugMixOp op : AugMixOp.values()) {
            assertEquals(op, AugMixOp.byName(op.opName().toUpperCase()));
        }
        KysException e = assertThrows(KysException.class, () -> AugMixOp.byName("blur"));
        assertTrue(e.getMessage().contains("blur") && e.getMessage().contains("shear_x"), e.getMessage());
    }

    @Test
    void everyOpKeepsShapeLeavesItsInputAndRepeatsWithTheSameSeed() {
        for (int ch : new int[] {1, 3}) {
            UInt8Image img = TestImages.random(32, 32, ch, 4);
            byte[] before = img.data().clone();
            for (AugMixOp op : AugMixOp.values()) {
                for (int severity : new int[] {1, 3, 10, 11}) {
                    UInt8Image a = op.apply(img, severity, new Random(severity));
                    UInt8Image b = op.apply(img, severity, new Random(severity));
                    assertEquals(32, a.height());
                    assertEquals(32, a.width());
                    assertEquals(ch, a.channels());
                    assertArrayEquals(a.data(), b.data(), op.opName() + " is deterministic");
                }
            }
            assertArrayEquals(before, img.data(), "inputs are never modified");
        }
    }

    @Test
    void opsWorkOnNonSquareImages() {
        UInt8Image img = TestImages.random(20, 36, 3, 8);
        for (AugMixOp op : AugMixOp.values()) {
            UInt8Image out = op.apply(img, 11, new Random(1));
            assertEquals(20, out.height(), op.opName());
            assertEquals(36, out.width(), op.opName());
        }
    }

    @Test
    void severityBelowOneIsRejected() {
        UInt8Image img = TestImages.random(8, 8, 3, 1);
        assertThrows(KysException.class, () -> AugMixOp.ROTATE.apply(img, 0, new Random(1)));
    }

    @Test
    void levelsStayWithinZeroPointOneAndTheSeverity() {
        Random rnd = new Random(2);
        double min = Double.MAX_VALUE;
        double max = 0;
        for (int i = 0; i < 20_000; i++) {
            double level = Levels.sample(11, rnd);
            min = Math.min(min, level);
            max = Math.max(max, level);
        }
        assertTrue(min >= 0.1 && min < 0.2, "min " + min);
        assertTrue(max < 11 && max > 10.9, "max " + max);
    }

    @Test
    void magnitudesFollowAugMixScalingAndStayValidAtSeverityEleven() {
        assertEquals(30, Levels.rotateDegrees(10));
        assertEquals(10, Levels.translatePixels(10, 32), "a third of 32 px at level 10");
        assertEquals(0.3, Levels.shear(10), 1e-12);
        assertEquals(1.9, Levels.enhanceFactor(10), 1e-12);
        assertEquals(4, Levels.posterizeBits(0.1));
        assertEquals(1, Levels.solarizeThreshold(9.99));
        assertEquals(0, Levels.solarizeThreshold(10), "level 10 inverts every value");
        double justBelow11 = Math.nextDown(11.0);
        assertEquals(0, Levels.posterizeBits(justBelow11), "4 - int(4.4) = 0 bits: black");
        assertEquals(0, Levels.solarizeThreshold(justBelow11), "256 - 281 clamps to 0: all inverted");
        assertEquals(32, Levels.rotateDegrees(justBelow11));
        assertEquals(11, Levels.translatePixels(justBelow11, 32));
        assertEquals(0, Levels.posterizeBits(30), "bits never go below 0 at any level");
        assertEquals(0, Levels.solarizeThreshold(30));
    }

    @Test
    void posterizeAtSeverityElevenSometimesBlackensTheImage() {
        UInt8Image img = TestImages.random(16, 16, 3, 3);
        Random rnd = new Random(6);
        int black = 0;
        for (int i = 0; i < 400; i++) {
            if (TestImages.mass(AugMixOp.POSTERIZE.apply(img, 11, rnd)) == 0) {
                black++;
            }
        }
        // Zero bits need a level of at least 10 out of [0.1, 11): probability 1/10.9.
        assertTrue(black > 15 && black < 70, "black outputs: " + black);
        Random mild = new Random(6);
        for (int i = 0; i < 200; i++) {
            assertFalse(TestImages.mass(AugMixOp.POSTERIZE.apply(img, 3, mild)) == 0, "severity 3 keeps 3 or 4 bits");
        }
    }

    @Test
    void geometricOpsFlipTheirSignAtRandom() {
        UInt8Image disc = TestImages.disc(32, 6);
        Random rnd = new Random(12);
        int left = 0;
        int right = 0;
        for (int i = 0; i < 200; i++) {
            UInt8Image out = AugMixOp.TRANSLATE_X.apply(disc, 10, rnd);
            double cx = centroidX(out);
            if (cx < 15.5) {
                left++;
            } else if (cx > 16.5) {
                right++;
            }
        }
        assertTrue(left > 50 && right > 50, "shifts left " + left + ", right " + right);
    }

    private static double centroidX(UInt8Image img) {
        double w = 0;
        double s = 0;
        for (int y = 0; y < img.height(); y++) {
            for (int x = 0; x < img.width(); x++) {
                w += img.get(y, x, 0);
                s += (x + 0.5) * img.get(y, x, 0);
            }
        }
        return s / w;
    }
}
