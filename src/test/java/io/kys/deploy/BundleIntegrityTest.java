package io.kys.deploy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.kys.KysException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Enumeration;
import java.util.function.UnaryOperator;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A bundle altered after export, or made for other preprocessing, is refused with one line. */
class BundleIntegrityTest {
    @TempDir
    Path tmp;

    @Test
    void anAlteredEntryIsRefusedByName() throws Exception {
        Path bundle = TinyBundle.get().bundle();
        Path altered = rewrite(bundle, "detector/fc_bias.npy", b -> {
            byte[] c = b.clone();
            c[c.length - 1] ^= 1;
            return c;
        });
        KysException e = assertThrows(KysException.class, () -> KysDetector.load(altered, "cpu", 64));
        assertTrue(e.getMessage().contains("entry detector/fc_bias.npy does not match the SHA-256"), e.getMessage());
        assertEquals(1, e.getMessage().lines().count());
    }

    @Test
    void otherPreprocessingIsRefused() throws Exception {
        Path bundle = TinyBundle.get().bundle();
        Path altered = rewrite(bundle, BundleLayout.MANIFEST, b -> new String(b, StandardCharsets.UTF_8)
                .replace("\"inputResize\": \"bilinear\"", "\"inputResize\": \"bicubic\"").getBytes(StandardCharsets.UTF_8));
        KysException e = assertThrows(KysException.class, () -> KysDetector.load(altered, "cpu", 64));
        assertTrue(e.getMessage().contains("but this kys does"), e.getMessage());
    }

    @Test
    void aFileThatIsNoBundleSaysSo() throws Exception {
        Path text = tmp.resolve("notes.zip");
        Files.writeString(text, "hello");
        KysException e = assertThrows(KysException.class, () -> KysDetector.load(text));
        assertTrue(e.getMessage().contains("is not a kys bundle"), e.getMessage());
    }

    private Path rewrite(Path bundle, String name, UnaryOperator<byte[]> change) throws IOException {
        Path out = tmp.resolve("altered-" + name.replace('/', '_') + ".zip");
        try (ZipFile in = new ZipFile(bundle.toFile());
             ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(out))) {
            Enumeration<? extends ZipEntry> entries = in.entries();
            while (entries.hasMoreElements()) {
                ZipEntry e = entries.nextElement();
                byte[] bytes;
                try (InputStream s = in.getInputStream(e)) {
                    bytes = s.readAllBytes();
                }
                zip.putNextEntry(new ZipEntry(e.getName()));
                zip.write(e.getName().equals(name) ? change.apply(bytes) : bytes);
                zip.closeEntry();
            }
        }
        return out;
    }
}
