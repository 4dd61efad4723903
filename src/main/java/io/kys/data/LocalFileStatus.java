package io.kys.data;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Whether a data folder holds a good copy of a catalog dataset, by the file's MD5.
 *
 * @param info the dataset
 * @param file where its file is expected
 * @param md5 the file's MD5, or null when it is missing
 */
public record LocalFileStatus(DatasetInfo info, Path file, String md5) {
    /** Looks at {@code dir/NAME.npz}, hashing it if present. */
    public static LocalFileStatus of(DatasetInfo info, Path dir) {
        Path file = dir.resolve(info.fileName());
        return new LocalFileStatus(info, file, Files.isRegularFile(file) ? Md5.ofFile(file) : null);
    }

    /** True when the file exists. */
    public boolean present() {
        return md5 != null;
    }

    /** The release the file is, when its MD5 is one of the dataset's. */
    public Optional<Release> release() {
        return info.matchMd5(md5);
    }

    /** True when the file is present and verified. */
    public boolean ok() {
        return release().isPresent();
    }

    /** "missing", "ok", "ok (v2 (before 2.2.4))" or "MD5 mismatch". */
    public String describe() {
        if (!present()) {
            return "missing";
        }
        return release().map(r -> r == Release.CURRENT ? "ok" : "ok (" + r.label() + ")").orElse("MD5 mismatch");
    }
}
