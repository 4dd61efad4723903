package io.kys.kernel;

import com.google.gson.JsonParseException;
import io.github.spencerpark.jupyter.kernel.KernelConnectionProperties;
import io.kys.KysException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;

/**
 * Reads the connection file Jupyter hands a kernel (ports, transport, signing key). A file without
 * a key is refused: without it the kernel would run code from any unsigned message sent to its
 * ports, and every message it sends is signed with this key.
 */
final class ConnectionFile {
    private ConnectionFile() { }

    /**
     * The connection settings in {@code file}.
     *
     * @throws KysException when the file is missing, not JSON, has no key, or names a signature
     *                      scheme this JVM cannot compute
     */
    static KernelConnectionProperties read(Path file) {
        String json;
        try {
            json = Files.readString(file);
        } catch (IOException e) {
            throw new KysException("cannot read connection file " + file + ": " + e.getMessage(), e);
        }
        KernelConnectionProperties properties;
        try {
            properties = KernelConnectionProperties.parse(json);
        } catch (JsonParseException e) {
            throw new KysException("connection file " + file + " is not valid JSON: " + e.getMessage(), e);
        }
        if (properties == null) {
            throw new KysException("connection file " + file + " is empty");
        }
        if (properties.getKey() == null || properties.getKey().isEmpty()) {
            throw new KysException("connection file " + file + " has no \"key\"; the kernel only accepts signed messages");
        }
        String scheme = properties.getSignatureScheme();
        if (scheme == null || !scheme.startsWith("hmac-")) {
            throw new KysException("connection file " + file + " has signature_scheme " + scheme
                    + "; expected an HMAC scheme such as hmac-sha256");
        }
        try {
            properties.createHMACGenerator();
        } catch (GeneralSecurityException e) {
            throw new KysException("connection file " + file + ": signature_scheme " + scheme
                    + " is not available in this JVM (" + e.getMessage() + ")", e);
        }
        return properties;
    }
}
