package io.kys.ood;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.kys.KysException;
import org.junit.jupiter.api.Test;

/** The kind's spelling in files, and reading it back. */
class OodKindTest {

    @Test
    void labelsAreTheSpellingEarlierVersionsWrote() {
        assertEquals("novel-class", OodKind.NOVEL_CLASS.label());
        assertEquals("modality-shift", OodKind.MODALITY_SHIFT.label());
        assertEquals("modality-shift", OodKind.MODALITY_SHIFT.toString());
    }

    @Test
    void labelsAndNamesParse() {
        for (OodKind k : OodKind.values()) {
            assertEquals(k, OodKind.parse(k.label()));
            assertEquals(k, OodKind.parse(k.toString()));
            assertEquals(k, OodKind.parse(k.name()));
        }
        assertEquals(OodKind.NOVEL_CLASS, OodKind.parse("novel_class"));
    }

    @Test
    void anythingElseNamesTheLabels() {
        for (String bad : new String[] {"novel", "", "modality shift", null}) {
            KysException e = assertThrows(KysException.class, () -> OodKind.parse(bad));
            assertTrue(e.getMessage().contains("novel-class, modality-shift"), e.getMessage());
        }
    }
}
