package io.kys.kernel;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;
import io.kys.KysException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The Jupyter kernel spec ({@code kernel.json}) of the kys kernel, filled in from
 * {@code kernel/kernel.json.template}: the same template {@code kernel/install.sh} fills, so both
 * ways of installing register the same command.
 */
public final class KernelSpec {
    /** The kernel spec name, what notebooks record as their kernel. */
    public static final String NAME = "kys";
    private static final String TEMPLATE_RESOURCE = "kernel.json.template";
    private static final Gson JSON = new GsonBuilder().disableHtmlEscaping().create();

    private KernelSpec() { }

    /**
     * The kernel.json text that starts {@code java} on {@code installDir/kys.jar} and
     * {@code installDir/lib/*}.
     */
    public static String kernelJson(Path installDir, Path java) {
        String filled = template()
                .replace("@JAVA@", jsonText(java.toAbsolutePath().toString()))
                .replace("@INSTALL_DIR@", jsonText(installDir.toAbsolutePath().normalize().toString()));
        try {
            JsonParser.parseString(filled);
        } catch (JsonParseException e) {
            throw new IllegalStateException("kernel.json template filled into invalid JSON", e);
        }
        return filled;
    }

    /** The template text, packaged with these classes. */
    static String template() {
        try (InputStream in = KernelSpec.class.getResourceAsStream(TEMPLATE_RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("resource " + TEMPLATE_RESOURCE + " missing next to " + KernelSpec.class);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The Java launcher of this JVM. */
    public static Path currentJava() {
        return Path.of(System.getProperty("java.home"), "bin", "java");
    }

    /**
     * The folder holding the running {@code kys.jar} and its {@code lib/} folder.
     *
     * @throws KysException when these classes do not come from a packaged jar with its libraries
     */
    public static Path installDirOfRunningJar() {
        Path location;
        try {
            location = Path.of(KernelSpec.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        } catch (URISyntaxException | SecurityException | NullPointerException e) {
            throw new KysException("cannot tell where the kys classes were loaded from; run target/kys.jar", e);
        }
        if (!Files.isRegularFile(location) || !location.getFileName().toString().endsWith(".jar")) {
            throw new KysException("the kernel must be installed from a packaged jar, not " + location
                    + "; build it with `mvn -DskipTests package` and run target/kys.jar");
        }
        Path dir = location.toAbsolutePath().getParent();
        if (!Files.isDirectory(dir.resolve("lib"))) {
            throw new KysException(dir.resolve("lib") + " is missing; build with `mvn -DskipTests package`,"
                    + " which copies the libraries next to kys.jar");
        }
        return dir;
    }

    /** {@code text} escaped for use inside a JSON string literal. */
    private static String jsonText(String text) {
        String quoted = JSON.toJson(text);
        return quoted.substring(1, quoted.length() - 1);
    }
}
