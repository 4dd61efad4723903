package io.kys.data;

import java.nio.file.Path;

/**
 * The outcome of a download.
 *
 * @param file the verified file under its final name
 * @param md5 its MD5
 * @param bytes its size
 * @param alreadyPresent true when a verified file was already there and nothing was fetched
 * @param attempts HTTP attempts made (0 when already present)
 */
public record DownloadResult(Path file, String md5, long bytes, boolean alreadyPresent, int attempts) { }
