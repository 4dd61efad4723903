package io.kys.augment;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.kys.KysException;
import io.kys.data.UInt8Image;
import java.util.Random;
import org.junit.jupiter.api.Test;

class PixelOutliersTest {
    private final UInt8Image img = TestImages.random(32, 32, 3, 17);

    @Test
    void thePapersOutliersAreAugMixAtSeverityElevenThenJigsaw() {
        PixelOutliers paper = PixelOutliers.paper();
        for (long seed = 0; seed < 10; seed++) {
            Random r = new Random(seed);
            UInt8Image expected = Jigsaw.paper().apply(AugMix.outliers().apply(img, r), r);
            assertArrayEquals(expected.data(), paper.apply(img, new Random(seed)).data());
        }
    }

    @Test
    void flagsSwitchFamiliesOnAndOff() {
        PixelOutliers augOnly = PixelOutliers.of(true, false);
        PixelOutliers jigOnly = PixelOutliers.of(false, true);
        assertNull(augOnly.jigsaw());
        assertNotNull(augOnly.augMix());
        assertNull(jigOnly.augMix());
        assertArrayEquals(AugMix.outliers().apply(img, new Random(3)).data(), augOnly.apply(img, new Random(3)).data());
        assertArrayEquals(Jigsaw.paper().apply(img, new Random(3)).data(), jigOnly.apply(img, new Random(3)).data());
        assertThrows(KysException.class, () -> PixelOutliers.of(false, false));
    }

    @Test
    void pixelInliersAreTheMildAugMix() {
        assertArrayEquals(AugMix.mildInliers().apply(img, new Random(4)).data(),
                PixelInliers.mild().apply(img, new Random(4)).data());
    }
}
