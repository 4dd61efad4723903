package io.kys.data;

import io.kys.KysException;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;

/**
 * A numpy {@code .npz} archive: a zip file (stored or deflated entries, zip64 included) whose
 * entries are {@code .npy} arrays. Arrays are read by name straight from the archive; nothing is
 * ever extracted to disk, and archives with entry names that could escape a folder ({@code ..},
 * absolute paths) are refused outright.
 */
public final class NpzArchive implements AutoCloseable {
    /** Deflate cannot expand data more than about 1032-fold. */
    private static final long MAX_DEFLATE_RATIO = 1100;

    private final Path file;
    private final ZipFile zip;
    private final Map<String, ZipEntry> byArray;

    private NpzArchive(Path file, ZipFile zip, Map<String, ZipEntry> byArray) {
        this.file = file;
        this.zip = zip;
        this.byArray = byArray;
    }

    /**
     * Opens an archive and checks its entry names.
     *
     * @throws KysException when the file is missing, is not a readable zip (e.g. truncated), or has
     *     an unsafe entry name
     */
    public static NpzArchive open(Path file) {
        if (!Files.exists(file)) {
            throw new KysException(file + " not found");
        }
        if (!Files.isRegularFile(file)) {
            throw new KysException(file + " is not a file");
        }
        ZipFile zip;
        try {
            zip = new ZipFile(file.toFile());
        } catch (ZipException e) {
            throw new KysException(file + " is not a readable .npz archive (truncated or not a zip file: "
                    + e.getMessage() + ")", e);
        } catch (IOException e) {
            throw new KysException("cannot read " + file + ": " + e.getMessage(), e);
        }
        try {
            return new NpzArchive(file, zip, indexEntries(file, zip));
        } catch (RuntimeException e) {
            closeQuietly(zip);
            throw e;
        }
    }

    private static Map<String, ZipEntry> indexEntries(Path file, ZipFile zip) {
        Map<String, ZipEntry> byArray = new LinkedHashMap<>();
        for (ZipEntry e : Collections.list(zip.entries())) {
            String name = e.getName();
            if (isUnsafe(name)) {
                throw new KysException(file + " has an unsafe entry name '" + name
                        + "' (absolute or containing '..'); refusing to read it");
            }
            if (!e.isDirectory()) {
                byArray.put(name.endsWith(".npy") ? name.substring(0, name.length() - 4) : name, e);
            }
        }
        return byArray;
    }

    /** True for names that would leave a target folder if ever used as a path. */
    static boolean isUnsafe(String name) {
        String n = name.replace('\\', '/');
        if (n.startsWith("/") || (n.length() > 1 && n.charAt(1) == ':')) {
            return true;
        }
        for (String part : n.split("/")) {
            if (part.equals("..")) {
                return true;
            }
        }
        return false;
    }

    /** The archive's path. */
    public Path file() {
        return file;
    }

    /** The arrays in archive order. */
    public List<NpzEntry> entries() {
        List<NpzEntry> out = new ArrayList<>();
        byArray.forEach((array, e) -> out.add(new NpzEntry(array, e.getName(), e.getSize(), e.getCompressedSize(),
                e.getMethod() == ZipEntry.DEFLATED)));
        return out;
    }

    /** The array names in archive order, e.g. {@code train_images}. */
    public List<String> arrayNames() {
        return List.copyOf(byArray.keySet());
    }

    /** True when the archive has an array of this name. */
    public boolean has(String arrayName) {
        return byArray.containsKey(arrayName);
    }

    /** The header of one array, read without its data. */
    public NpyHeader header(String arrayName) {
        ZipEntry e = entry(arrayName);
        try (InputStream in = zip.getInputStream(e)) {
            return NpyReader.readHeader(in, describe(e));
        } catch (IOException ex) {
            throw damaged(e, ex);
        }
    }

    /** Reads one array. */
    public NpyArray read(String arrayName) {
        ZipEntry e = entry(arrayName);
        long size = plausibleSize(e);
        try (InputStream in = zip.getInputStream(e)) {
            return NpyReader.read(in, size, describe(e));
        } catch (IOException ex) {
            throw damaged(e, ex);
        }
    }

    /**
     * The entry's recorded uncompressed size, which bounds what the array may allocate; refused
     * when it is missing or more than deflate can produce from the stored bytes (a forged size).
     */
    private long plausibleSize(ZipEntry e) {
        long size = e.getSize();
        long stored = e.getCompressedSize();
        boolean deflated = e.getMethod() == ZipEntry.DEFLATED;
        if (size < 0 || stored < 0 || (!deflated && size != stored) || (deflated && size / MAX_DEFLATE_RATIO > stored + 1)) {
            throw new KysException(describe(e) + " is corrupt: it records " + size + " bytes from " + stored + " stored bytes");
        }
        return size;
    }

    private ZipEntry entry(String arrayName) {
        ZipEntry e = byArray.get(arrayName);
        if (e == null) {
            throw new KysException(file + " has no array '" + arrayName + "' (it has: "
                    + String.join(", ", byArray.keySet()) + ")");
        }
        return e;
    }

    private String describe(ZipEntry e) {
        return e.getName() + " in " + file;
    }

    private KysException damaged(ZipEntry e, IOException ex) {
        String why = ex instanceof EOFException ? "unexpected end of data" : ex.getMessage();
        return new KysException(describe(e) + " is truncated or corrupt (" + why + ")", ex);
    }

    /** Closes the underlying zip file. */
    @Override
    public void close() {
        closeQuietly(zip);
    }

    private static void closeQuietly(ZipFile zip) {
        try {
            zip.close();
        } catch (IOException ignored) {
            // Read-only file: nothing can be lost by a failed close.
        }
    }
}
