package io.kys.kernel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import io.kys.KysException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class KernelSpecTest {
    @Test
    void kernelJsonStartsKernelMainOnTheJarAndItsLibraries() {
        JsonObject spec = JsonParser.parseString(
                KernelSpec.kernelJson(Path.of("/opt/kys"), Path.of("/usr/lib/jvm/x/bin/java"))).getAsJsonObject();
        JsonArray argv = spec.getAsJsonArray("argv");
        assertEquals("/usr/lib/jvm/x/bin/java", argv.get(0).getAsString());
        assertEquals("-Dai.djl.offline=true", argv.get(1).getAsString());
        assertEquals("-cp", argv.get(2).getAsString());
        assertEquals("/opt/kys/kys.jar:/opt/kys/lib/*", argv.get(3).getAsString());
        assertEquals(KernelMain.class.getName(), argv.get(4).getAsString());
        assertEquals("{connection_file}", argv.get(5).getAsString());
        assertEquals("Java (kys)", spec.get("display_name").getAsString());
        assertEquals("java", spec.get("language").getAsString());
        assertEquals("message", spec.get("interrupt_mode").getAsString(), "a signal would end the JVM");
    }

    @Test
    void pathsWithJsonSpecialCharactersStayIntact() {
        Path odd = Path.of("/tmp/a \"quoted\" \\ dir");
        JsonObject spec = JsonParser.parseString(KernelSpec.kernelJson(odd, Path.of("/j/java"))).getAsJsonObject();
        assertEquals(odd + "/kys.jar:" + odd + "/lib/*", spec.getAsJsonArray("argv").get(3).getAsString());
    }

    @Test
    void packagedTemplateIsTheOneInTheKernelFolder() throws Exception {
        assertEquals(Files.readString(Path.of("kernel/kernel.json.template")), KernelSpec.template());
    }

    @Test
    void installingFromClassFoldersIsRefused() {
        // tests run from target/classes, not from the packaged jar
        assertThrows(KysException.class, KernelSpec::installDirOfRunningJar);
    }
}
