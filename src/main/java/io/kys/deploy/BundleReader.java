package io.kys.deploy;

import io.kys.KysException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;

/**
 * Reads a bundle: the manifest, and entries checked against the digests it lists, so a bundle
 * altered or damaged after export is refused with the entry named.
 */
public final class BundleReader implements AutoCloseable {
    /** Entries larger than this are refused before reading (no bundle entry of a kys model comes close). */
    private static final long MAX_ENTRY_BYTES = 1L << 30;

    private final Path file;
    private final ZipFile zip;
    private final BundleManifest manifest;

    private BundleReader(Path file, ZipFile zip, BundleManifest manifest) {
        this.file = file;
        this.zip = zip;
        this.manifest = manifest;
    }

    /**
     * Opens {@code file} and parses its manifest.
     *
     * @throws KysException when the file is missing, not a zip, or holds no kys manifest
     */
    public static BundleReader open(Path file) {
        if (!Files.isRegularFile(file)) {
            throw new KysException("bundle " + file + " not found");
        }
        ZipFile zip;
        try {
            zip = new ZipFile(file.toFile(), StandardCharsets.UTF_8);
        } catch (ZipException e) {
            throw new KysException(file + " is not a kys bundle (not a readable zip file: " + e.getMessage() + ")", e);
        } catch (IOException e) {
            throw new KysException("cannot read " + file + ": " + e.getMessage(), e);
        }
        try {
            ZipEntry entry = zip.getEntry(BundleLayout.MANIFEST);
            if (entry == null) {
                throw new KysException(file + " is not a kys bundle: it has no " + BundleLayout.MANIFEST);
            }
            String json = new String(read(zip, entry, file), StandardCharsets.UTF_8);
            return new BundleReader(file, zip, BundleManifest.parse(json, file + "!" + BundleLayout.MANIFEST));
        } catch (RuntimeException e) {
            closeQuietly(zip);
            throw e;
        }
    }

    /** Reads only the manifest of {@code file}. */
    public static BundleManifest manifest(Path file) {
        try (BundleReader reader = open(file)) {
            return reader.manifest();
        }
    }

    /** The bundle file. */
    public Path file() {
        return file;
    }

    /** The parsed manifest. */
    public BundleManifest manifest() {
        return manifest;
    }

    /** The manifest exactly as stored. */
    public String manifestText() {
        return new String(read(zip, zip.getEntry(BundleLayout.MANIFEST), file), StandardCharsets.UTF_8);
    }

    /**
     * The bytes of entry {@code name}, checked against the manifest's digest.
     *
     * @throws KysException when the entry is missing, not listed, or its digest differs
     */
    public byte[] entry(String name) {
        String expected = manifest.files().get(name);
        if (expected == null) {
            throw new KysException(file + ": entry " + name + " is not listed in the manifest");
        }
        ZipEntry entry = zip.getEntry(name);
        if (entry == null) {
            throw new KysException(file + " lacks entry " + name + " that its manifest lists; re-export the bundle");
        }
        byte[] bytes = read(zip, entry, file);
        if (!BundleWriter.sha256(bytes).equals(expected)) {
            throw new KysException(file + ": entry " + name + " does not match the SHA-256 in the manifest; the bundle "
                    + "was altered or damaged, re-export it");
        }
        return bytes;
    }

    /** Every entry the manifest lists, name to digest. */
    public Map<String, String> entries() {
        return manifest.files();
    }

    private static byte[] read(ZipFile zip, ZipEntry entry, Path file) {
        if (entry.getSize() > MAX_ENTRY_BYTES) {
            throw new KysException(file + ": entry " + entry.getName() + " declares " + entry.getSize() + " bytes, more "
                    + "than a bundle entry may hold");
        }
        try (InputStream in = zip.getInputStream(entry)) {
            byte[] bytes = in.readNBytes((int) MAX_ENTRY_BYTES + 1);
            if (bytes.length > MAX_ENTRY_BYTES) {
                throw new KysException(file + ": entry " + entry.getName() + " is larger than a bundle entry may be");
            }
            return bytes;
        } catch (IOException e) {
            throw new KysException("cannot read entry " + entry.getName() + " of " + file + ": " + e.getMessage(), e);
        }
    }

    @Override
    public void close() {
        closeQuietly(zip);
    }

    private static void closeQuietly(ZipFile zip) {
        try {
            zip.close();
        } catch (IOException ignored) {
            // Read-only: nothing can be lost by a failed close.
        }
    }
}
