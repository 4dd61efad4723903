package io.kys.deploy;

import io.kys.AtomicFiles;
import io.kys.KysException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Writes a bundle: the manifest first (so it can be read without inflating the rest), then the
 * entries, each listed in the manifest with its SHA-256. The zip goes to a temporary file that
 * is renamed over the target only when complete ({@link AtomicFiles}), so a reader never sees a
 * half-written bundle under its final name.
 */
final class BundleWriter {
    /** Entries carry a fixed time, so a bundle's bytes depend only on what it holds. */
    private static final FileTime ENTRY_TIME = FileTime.fromMillis(315532800000L);

    private BundleWriter() { }

    /**
     * Writes {@code manifest} (its {@code files} replaced by the entries' digests) and {@code
     * entries} (name to bytes, in order) to {@code target}.
     *
     * @return the manifest as written
     */
    static BundleManifest write(Path target, BundleManifest manifest, Map<String, byte[]> entries) {
        Map<String, String> digests = new LinkedHashMap<>();
        entries.forEach((name, bytes) -> digests.put(name, sha256(bytes)));
        BundleManifest written = manifest.withFiles(digests);
        byte[] json = written.toJson().getBytes(StandardCharsets.UTF_8);
        AtomicFiles.write(target, out -> {
            ZipOutputStream zip = new ZipOutputStream(out, StandardCharsets.UTF_8);
            put(zip, BundleLayout.MANIFEST, json);
            for (Map.Entry<String, byte[]> e : entries.entrySet()) {
                put(zip, e.getKey(), e.getValue());
            }
            zip.finish();
        });
        return written;
    }

    private static void put(ZipOutputStream zip, String name, byte[] bytes) throws java.io.IOException {
        ZipEntry entry = new ZipEntry(name);
        entry.setLastModifiedTime(ENTRY_TIME);
        zip.putNextEntry(entry);
        zip.write(bytes);
        zip.closeEntry();
    }

    /** Hex SHA-256 of {@code bytes}. */
    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new KysException("the JVM lacks SHA-256", e);
        }
    }
}
