package io.kys.train;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.kys.KysException;
import org.junit.jupiter.api.Test;

class ProtocolTest {
    @Test
    void gridMatchesThePaperTable() {
        assertEquals(Protocol.InlierSource.LATENT, Protocol.OURS.inliers());
        assertEquals(Protocol.OutlierSource.PIXEL, Protocol.OURS.outliers());
        assertEquals(Protocol.OutlierSource.LATENT, Protocol.VOS.outliers());
        assertEquals(Protocol.InlierSource.PIXEL, Protocol.NDA_PLUS.inliers());
        assertFalse(Protocol.BASELINE.hasMargin());
        assertTrue(Protocol.VOS_PLUS.usesLatent());
        assertFalse(Protocol.NDA.usesLatent());
    }

    @Test
    void parsesCommandLineNames() {
        assertEquals(Protocol.NDA_PLUS, Protocol.parse("nda++"));
        assertEquals(Protocol.VOS_PLUS, Protocol.parse("VOS++"));
        assertEquals(Protocol.OURS, Protocol.parse("ours"));
        KysException e = assertThrows(KysException.class, () -> Protocol.parse("odin"));
        assertTrue(e.getMessage().contains("baseline"));
    }

    @Test
    void configRejectsPixelProtocolWithoutOutlierFamilies() {
        TrainConfig.Builder b = TrainConfig.paper().toBuilder().protocol(Protocol.NDA).outlierFamilies(false, false, false);
        assertThrows(KysException.class, b::build);
    }

    @Test
    void learningRateHalvesEveryPeriod() {
        TrainConfig c = TrainConfig.paper();
        assertEquals(1e-3, c.learningRateAt(1), 1e-12);
        assertEquals(1e-3, c.learningRateAt(31), 1e-12);
        assertEquals(5e-4, c.learningRateAt(32), 1e-12);
        assertEquals(2.5e-4, c.learningRateAt(63), 1e-12);
    }
}
