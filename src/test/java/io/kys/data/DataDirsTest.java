package io.kys.data;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

class DataDirsTest {
    @Test
    void optionThenEnvironmentThenDefault() {
        Map<String, String> env = Map.of("KYS_DATA_DIR", "/srv/medmnist");
        assertEquals(Path.of("/tmp/d"), DataDirs.resolve("/tmp/d", env));
        assertEquals(Path.of("/srv/medmnist"), DataDirs.resolve(null, env));
        assertEquals(Path.of("data"), DataDirs.resolve(null, Map.of()));
        assertEquals(Path.of("data"), DataDirs.resolve(" ", Map.of("KYS_DATA_DIR", "")));
    }
}
