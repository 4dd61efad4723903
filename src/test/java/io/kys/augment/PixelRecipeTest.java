package io.kys.augment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.kys.KysException;
import org.junit.jupiter.api.Test;

class PixelRecipeTest {
    @Test
    void namesAndTogglesParse() {
        assertEquals(PixelRecipe.REFERENCE, PixelRecipe.parse("reference"));
        assertEquals(PixelRecipe.KYS, PixelRecipe.parse(" KYS "));
        assertEquals(new PixelRecipe(true, false, true, true), PixelRecipe.parse("reference-band"));
        assertEquals(new PixelRecipe(false, false, true, false), PixelRecipe.parse("kys+ghost"));
        assertEquals(new PixelRecipe(true, true, false, false), PixelRecipe.parse("kys+native+band"));
    }

    @Test
    void switchingNativeOffTakesTheBandWithIt() {
        PixelRecipe r = PixelRecipe.parse("reference-native");
        assertFalse(r.nativeSize());
        assertFalse(r.band());
        assertTrue(r.ghost());
    }

    @Test
    void everyRecipeHasALabelThatParsesBackToIt() {
        for (int bits = 0; bits < 16; bits++) {
            boolean nativeSize = (bits & 1) != 0;
            boolean band = (bits & 2) != 0;
            if (band && !nativeSize) {
                continue;
            }
            PixelRecipe r = new PixelRecipe(nativeSize, band, (bits & 4) != 0, (bits & 8) != 0);
            assertEquals(r, PixelRecipe.parse(r.label()), r.label());
        }
        assertEquals("reference", PixelRecipe.REFERENCE.label());
        assertEquals("kys", PixelRecipe.KYS.label());
        assertEquals("reference-band", PixelRecipe.parse("reference-band").label());
    }

    @Test
    void badTextIsRejectedWithTheValidWords() {
        KysException e = assertThrows(KysException.class, () -> PixelRecipe.parse("pytorch"));
        assertTrue(e.getMessage().contains("reference or kys"), e.getMessage());
        e = assertThrows(KysException.class, () -> PixelRecipe.parse("reference-blur"));
        assertTrue(e.getMessage().contains("switches: native, band, ghost, nearest"), e.getMessage());
        assertThrows(KysException.class, () -> PixelRecipe.parse("kys+band"));
    }

    @Test
    void theBandCanvasIs32PixelsAndTheAffineFollowsTheInterpolation() {
        assertEquals(32, PixelRecipe.REFERENCE.canvas());
        assertEquals(0, PixelRecipe.KYS.canvas());
        assertTrue(PixelRecipe.REFERENCE.affine().nearest());
        assertFalse(PixelRecipe.KYS.affine().nearest());
    }
}
