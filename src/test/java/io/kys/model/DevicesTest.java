package io.kys.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ai.djl.Device;
import ai.djl.engine.Engine;
import io.kys.KysException;
import org.junit.jupiter.api.Test;

class DevicesTest {
    @Test
    void autoPicksTheGpuOnlyWhenTheEngineSeesOne() {
        boolean gpu = Engine.getInstance().getGpuCount() > 0;
        assertEquals(gpu ? Device.gpu() : Device.cpu(), Devices.resolve("auto"));
        assertEquals(Devices.resolve("auto"), Devices.resolve(null));
        assertEquals(Device.cpu(), Devices.resolve(" CPU "));
    }

    @Test
    void missingGpuAndUnknownNamesAreUserErrors() {
        int gpus = Engine.getInstance().getGpuCount();
        KysException missing = assertThrows(KysException.class, () -> Devices.resolve("gpu" + gpus));
        assertTrue(missing.getMessage().contains("gpu" + gpus), missing.getMessage());
        KysException unknown = assertThrows(KysException.class, () -> Devices.resolve("tpu"));
        assertTrue(unknown.getMessage().contains("tpu") && unknown.getMessage().contains("cpu"), unknown.getMessage());
        assertThrows(KysException.class, () -> Devices.resolve("gpux"));
    }
}
