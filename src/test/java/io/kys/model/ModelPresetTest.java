package io.kys.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.kys.KysException;
import org.junit.jupiter.api.Test;

class ModelPresetTest {
    @Test
    void parsesNamesLeniently() {
        assertEquals(ModelPreset.WRN40_2, ModelPreset.parse("wrn40_2"));
        assertEquals(ModelPreset.WRN16_2, ModelPreset.parse(" WRN16-2 "));
        assertEquals(ModelPreset.WRN16_1, ModelPreset.parse("wrn16_1"));
    }

    @Test
    void defaultIsThePapersNetwork() {
        NetworkSpec network = ModelPreset.DEFAULT.network(6);
        assertEquals(40, network.depth());
        assertEquals(2, network.widen());
        assertEquals(0.3, network.dropout());
        assertEquals(6, network.numClasses());
        assertEquals(128, ModelPreset.DEFAULT.featureDim());
    }

    @Test
    void unknownNameListsTheChoices() {
        KysException e = assertThrows(KysException.class, () -> ModelPreset.parse("resnet18"));
        assertTrue(e.getMessage().contains("resnet18"), e.getMessage());
        for (ModelPreset p : ModelPreset.values()) {
            assertTrue(e.getMessage().contains(p.id()), e.getMessage());
        }
    }
}
