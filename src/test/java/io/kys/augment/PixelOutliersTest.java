package io.kys.augment;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.kys.KysException;
import io.kys.data.UInt8Image;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class PixelOutliersTest {
    private final UInt8Image img = TestImages.random(32, 32, 3, 17);

    @Test
    void withKysRecipeOutliersAreAugMixAtSeverityElevenThenJigsaw() {
        PixelOutliers paper = PixelOutliers.paper().with(PixelRecipe.KYS);
        for (long seed = 0; seed < 10; seed++) {
            Random r = new Random(seed);
            UInt8Image expected = Jigsaw.paper().apply(AugMix.outliers().apply(img, r), r);
            assertArrayEquals(expected.data(), paper.apply(img, new Random(seed)).data());
        }
    }

    @Test
    void flagsSwitchFamiliesOnAndOff() {
        PixelOutliers augOnly = PixelOutliers.of(true, false).with(PixelRecipe.KYS);
        PixelOutliers jigOnly = PixelOutliers.of(false, true).with(PixelRecipe.KYS);
        assertNull(augOnly.jigsaw());
        assertNotNull(augOnly.augMix());
        assertNull(jigOnly.augMix());
        assertArrayEquals(AugMix.outliers().apply(img, new Random(3)).data(), augOnly.apply(img, new Random(3)).data());
        assertArrayEquals(Jigsaw.paper().apply(img, new Random(3)).data(), jigOnly.apply(img, new Random(3)).data());
        assertThrows(KysException.class, () -> PixelOutliers.of(false, false));
    }

    @Test
    void theDefaultIsTheReferenceRecipeAndTurnsA28PixelImageInto32Pixels() {
        assertEquals(PixelRecipe.REFERENCE, PixelOutliers.paper().recipe());
        UInt8Image small = TestImages.random(28, 28, 3, 5);
        for (long seed = 0; seed < 20; seed++) {
            UInt8Image out = PixelOutliers.paper().apply(small, new Random(seed));
            assertEquals(32, out.height());
            assertEquals(32, out.width());
        }
    }

    @Test
    void ghostingBlendsDifferentlyMovedCopies() {
        // AugMix reduced to one op that changes nothing: without ghosting the mix is the image
        // itself; with it, the chains and the original carry their own affine and the blend differs.
        AugMix identityMix = new AugMix(11, 3, 1, 1.0, List.of((im, sev, r) -> im));
        UInt8Image disc = TestImages.disc(32, 9);
        PixelOutliers aligned = new PixelOutliers(identityMix, null, PixelRecipe.KYS);
        PixelOutliers ghosted = new PixelOutliers(identityMix, null, PixelRecipe.parse("kys+ghost"));
        assertArrayEquals(disc.data(), aligned.apply(disc, new Random(1)).data());
        double diff = 0;
        for (long seed = 0; seed < 10; seed++) {
            diff += TestImages.meanAbsDiff(disc, ghosted.apply(disc, new Random(seed)));
        }
        assertTrue(diff / 10 > 1.0, "ghosted outliers differ from the source by " + diff / 10 + " grey levels");
    }

    @Test
    void sameSeedSameOutlierForEveryRecipe() {
        UInt8Image small = TestImages.random(28, 28, 3, 8);
        for (String r : List.of("reference", "kys", "reference-band", "kys+ghost+nearest")) {
            PixelOutliers po = PixelOutliers.paper().with(PixelRecipe.parse(r));
            UInt8Image source = po.recipe().nativeSize() ? small : io.kys.data.Preprocessor.resize(small, 32);
            assertArrayEquals(po.apply(source, new Random(42)).data(), po.apply(source, new Random(42)).data(), r);
        }
    }

    @Test
    void pixelInliersAreTheMildAugMix() {
        assertArrayEquals(AugMix.mildInliers().apply(img, new Random(4)).data(),
                PixelInliers.mild().apply(img, new Random(4)).data());
    }
}
