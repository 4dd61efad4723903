package io.kys.kernel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.spencerpark.jupyter.kernel.KernelConnectionProperties;
import io.kys.KysException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ConnectionFileTest {
    @TempDir
    Path dir;

    private Path file(String key, String scheme) throws Exception {
        Path file = dir.resolve("kernel.json");
        Files.writeString(file, "{\"ip\": \"127.0.0.1\", \"transport\": \"tcp\", \"shell_port\": 5001,"
                + " \"iopub_port\": 5002, \"stdin_port\": 5003, \"control_port\": 5004, \"hb_port\": 5005,"
                + " \"signature_scheme\": \"" + scheme + "\", \"key\": \"" + key + "\"}");
        return file;
    }

    @Test
    void messagesAreSignedWithTheKeyOfTheConnectionFile() throws Exception {
        KernelConnectionProperties properties = ConnectionFile.read(file("s3cret", "hmac-sha256"));
        assertEquals(5001, properties.getShellPort());
        byte[] header = "{\"msg_id\":\"1\"}".getBytes(StandardCharsets.UTF_8);
        byte[] content = "{\"code\":\"1+1\"}".getBytes(StandardCharsets.UTF_8);
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec("s3cret".getBytes(StandardCharsets.US_ASCII), "HmacSHA256"));
        mac.update(header);
        mac.update(content);
        String expected = HexFormat.of().formatHex(mac.doFinal());
        assertEquals(expected, properties.createHMACGenerator().calculateSignature(header, content));
    }

    @Test
    void aFileWithoutKeyIsRefused() throws Exception {
        KysException error = assertThrows(KysException.class, () -> ConnectionFile.read(file("", "hmac-sha256")));
        assertTrue(error.getMessage().contains("no \"key\""), error.getMessage());
    }

    @Test
    void unknownSchemesMissingFilesAndBadJsonAreUserErrors() throws Exception {
        assertThrows(KysException.class, () -> ConnectionFile.read(file("k", "hmac-nosuchhash")));
        assertThrows(KysException.class, () -> ConnectionFile.read(file("k", "none")));
        assertThrows(KysException.class, () -> ConnectionFile.read(dir.resolve("absent.json")));
        Path broken = Files.writeString(dir.resolve("broken.json"), "{\"key\": ");
        KysException error = assertThrows(KysException.class, () -> ConnectionFile.read(broken));
        assertTrue(error.getMessage().contains("not valid JSON"), error.getMessage());
    }
}
