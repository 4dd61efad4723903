package io.kys.data;

import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * What to download and how to recognize a good file: the address, the MD5s a correct file may have
 * and the file name in the data folder. Built from the catalog for real use; tests and private
 * mirrors can state every part themselves.
 *
 * @param name dataset name, for messages and progress
 * @param url where to get the file
 * @param acceptedMd5s MD5s of correct files (lower-case hex), preferred first
 * @param expectedBytes file size if known (a progress hint), else -1
 * @param fileName file name in the data folder, e.g. {@code bloodmnist.npz}
 */
public record DownloadSpec(String name, URI url, List<String> acceptedMd5s, long expectedBytes, String fileName) {
    /** Normalizes MD5s and rejects a spec that could never verify. */
    public DownloadSpec {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(url, "url");
        Objects.requireNonNull(fileName, "fileName");
        acceptedMd5s = acceptedMd5s.stream().map(m -> m.toLowerCase(Locale.ROOT)).toList();
        if (acceptedMd5s.isEmpty()) {
            throw new IllegalArgumentException("a download needs at least one accepted MD5");
        }
        if (fileName.contains("/") || fileName.contains("\\") || fileName.equals("..")) {
            throw new IllegalArgumentException("file name must not contain a path: " + fileName);
        }
    }

    /** The official download of a catalog dataset (the current release). */
    public static DownloadSpec official(DatasetInfo info) {
        return new DownloadSpec(info.name(), URI.create(info.url()), info.acceptedMd5s(), info.sizeBytes(), info.fileName());
    }

    /**
     * A catalog dataset from a mirror that serves the official files as {@code BASE_URL/NAME.npz};
     * either release's file is accepted.
     */
    public static DownloadSpec mirror(DatasetInfo info, String baseUrl) {
        String base = baseUrl.endsWith("/") ? baseUrl : baseUrl + "/";
        return new DownloadSpec(info.name(), URI.create(base + info.fileName()), info.acceptedMd5s(), info.sizeBytes(),
                info.fileName());
    }

    /** True when a file with this MD5 is a correct download. */
    public boolean accepts(String md5) {
        return md5 != null && acceptedMd5s.contains(md5.toLowerCase(Locale.ROOT));
    }

    /** The MD5 messages quote: the preferred one, with alternatives after " or ". */
    public String md5Text() {
        return String.join(" or ", acceptedMd5s);
    }
}
