package io.kys.data;

import io.kys.KysException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** MD5 checksums as MedMNIST publishes them (lower-case hex). */
public final class Md5 {
    private Md5() { }

    /** A fresh MD5 digest; every JVM ships MD5, so its absence is a broken runtime. */
    public static MessageDigest newDigest() {
        try {
            return MessageDigest.getInstance("MD5");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("this Java runtime has no MD5", e);
        }
    }

    /** The MD5 of a file's bytes. */
    public static String ofFile(Path file) {
        MessageDigest md = newDigest();
        byte[] buf = new byte[1 << 16];
        try (InputStream in = Files.newInputStream(file)) {
            for (int n; (n = in.read(buf)) > 0; ) {
                md.update(buf, 0, n);
            }
        } catch (NoSuchFileException e) {
            throw new KysException(file + " not found");
        } catch (IOException e) {
            throw new KysException("cannot read " + file + ": " + e.getMessage(), e);
        }
        return hex(md.digest());
    }

    /** The MD5 of a byte array. */
    public static String of(byte[] data) {
        return hex(newDigest().digest(data));
    }

    /** Lower-case hex of a digest. */
    public static String hex(byte[] digest) {
        return HexFormat.of().formatHex(digest);
    }
}
