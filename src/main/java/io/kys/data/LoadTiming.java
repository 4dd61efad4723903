package io.kys.data;

import java.nio.file.Path;

/**
 * How long loading one {@code .npz} takes (MD5, inflate, decode into an in-memory dataset).
 *
 * @param file the archive
 * @param bytes its size on disk
 * @param images images over all splits
 * @param seconds wall-clock time of one load (the median over the runs)
 * @param runs how many times the file was loaded
 */
public record LoadTiming(Path file, long bytes, int images, double seconds, int runs) {
    /** File megabytes (10^6 bytes) per second. */
    public double megabytesPerSecond() {
        return bytes / 1e6 / seconds;
    }
}
