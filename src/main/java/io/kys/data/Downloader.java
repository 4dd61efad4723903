package io.kys.data;

import io.kys.KysException;
import io.kys.progress.ProgressListener;
import java.io.IOException;
import java.io.InputStream;
import java.net.ConnectException;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.Objects;
import java.util.OptionalLong;

/**
 * Downloads a file over HTTP(S) into a data folder, safely: bytes go to {@code NAME.part}; a
 * dropped connection is retried with exponential backoff and resumed with an HTTP {@code Range}
 * request; the finished file is accepted only if its MD5 is right, and only then renamed
 * atomically to its final name. A crash or a bad download therefore never leaves a wrong file
 * under the final name, and a later run resumes from the {@code .part} file.
 */
public final class Downloader {
    private static final int BUFFER = 1 << 16;

    private final HttpClient client;
    private final RetryPolicy retry;

    /** A downloader with the default retry policy, following redirects (Zenodo redirects downloads). */
    public Downloader() {
        this(HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NORMAL)
                .connectTimeout(Duration.ofSeconds(30)).build(), RetryPolicy.DEFAULT);
    }

    /** A downloader with its own client and retry policy. */
    public Downloader(HttpClient client, RetryPolicy retry) {
        this.client = Objects.requireNonNull(client, "client");
        this.retry = Objects.requireNonNull(retry, "retry");
    }

    /**
     * Makes sure {@code dir/spec.fileName()} holds a verified copy: returns at once if a file with
     * an accepted MD5 is already there, otherwise downloads (resuming a {@code .part} file left by
     * an earlier run) and replaces whatever was there.
     *
     * @param progress receives bytes done out of the total, when the server states it
     * @throws KysException when the server cannot be reached, keeps failing, refuses the request,
     *     or the file's MD5 is wrong
     */
    public DownloadResult download(DownloadSpec spec, Path dir, ProgressListener progress) {
        Path target = dir.resolve(spec.fileName());
        Path part = dir.resolve(spec.fileName() + ".part");
        if (Files.isRegularFile(target)) {
            String md5 = Md5.ofFile(target);
            if (spec.accepts(md5)) {
                return new DownloadResult(target, md5, size(target), true, 0);
            }
        }
        createFolder(dir);
        int attempts = fetchWithRetries(spec, part, target, progress);
        String md5 = Md5.ofFile(part);
        if (!spec.accepts(md5)) {
            deleteQuietly(part);
            throw new KysException(spec.name() + " download from " + spec.url() + " has a wrong MD5: expected "
                    + spec.md5Text() + ", got " + md5 + "; the file was discarded (check the mirror, or run again)");
        }
        try {
            Files.move(part, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new KysException("cannot rename " + part + " to " + target + ": " + e.getMessage(), e);
        }
        return new DownloadResult(target, md5, size(target), false, attempts);
    }

    private int fetchWithRetries(DownloadSpec spec, Path part, Path target, ProgressListener progress) {
        Transfer transfer = new Transfer(spec, part, progress);
        try {
            for (int attempt = 1; ; attempt++) {
                try {
                    transfer.run(attempt);
                    return attempt;
                } catch (RetryableFailure failure) {
                    if (attempt >= retry.maxAttempts()) {
                        throw giveUp(spec, part, target, attempt, failure);
                    }
                    sleep(retry.delayAfter(attempt));
                }
            }
        } finally {
            progress.finish();
        }
    }

    private static KysException giveUp(DownloadSpec spec, Path part, Path target, int attempts, RetryableFailure f) {
        if (f.unreachable && !Files.exists(part)) {
            return new KysException("cannot reach " + spec.url() + " (" + f.getMessage() + "); download it by hand and"
                    + " save it as " + target + " (MD5 " + spec.md5Text() + "), or use --mirror BASE_URL");
        }
        return new KysException(spec.name() + " download from " + spec.url() + " failed after " + attempts
                + " attempts (" + f.getMessage() + "); run the command again to resume from " + size(part)
                + " bytes in " + part);
    }

    private static void sleep(Duration d) {
        try {
            Thread.sleep(d.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new KysException("download interrupted");
        }
    }

    /** One file's transfer over possibly several HTTP requests, appending to the {@code .part} file. */
    private final class Transfer {
        private final DownloadSpec spec;
        private final Path part;
        private final ProgressListener progress;
        private boolean started;

        Transfer(DownloadSpec spec, Path part, ProgressListener progress) {
            this.spec = spec;
            this.part = part;
            this.progress = progress;
        }

        /** Fetches the rest of the file; a retryable failure keeps the bytes written so far. */
        void run(int attempt) {
            long have = Files.exists(part) ? size(part) : 0;
            HttpResponse<InputStream> response = send(have);
            try (InputStream body = response.body()) {
                int status = response.statusCode();
                if (status == 416 && have > 0) {
                    return; // Nothing left to send: the .part is already whole (the MD5 check decides).
                }
                if (status == 429 || status >= 500) {
                    throw new RetryableFailure("HTTP " + status, false);
                }
                if (status != 200 && status != 206) {
                    throw new KysException(spec.name() + " download from " + spec.url() + " failed: HTTP " + status);
                }
                long offset = status == 206 ? contentRangeStart(response).orElse(-1) : 0;
                if (offset != 0 && offset != have) {
                    // A range we did not ask for: start over rather than splice mismatched bytes.
                    deleteQuietly(part);
                    throw new RetryableFailure("server answered with an unexpected range", false);
                }
                long length = response.headers().firstValueAsLong("Content-Length").orElse(-1);
                long total = length >= 0 ? offset + length : spec.expectedBytes();
                report(total, offset, attempt);
                copy(body, offset);
            } catch (IOException e) {
                throw new RetryableFailure(describe(e), false);
            }
        }

        private HttpResponse<InputStream> send(long have) {
            HttpRequest.Builder req = HttpRequest.newBuilder(spec.url()).timeout(Duration.ofSeconds(60)).GET();
            if (have > 0) {
                req.header("Range", "bytes=" + have + "-");
            }
            try {
                return client.send(req.build(), HttpResponse.BodyHandlers.ofInputStream());
            } catch (ConnectException | HttpConnectTimeoutException e) {
                throw new RetryableFailure(describe(e), true);
            } catch (IOException e) {
                throw new RetryableFailure(describe(e), false);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new KysException("download interrupted");
            }
        }

        private void report(long total, long offset, int attempt) {
            if (!started) {
                progress.start("download " + spec.name(), total);
                started = true;
            }
            progress.progress(offset, attempt > 1 ? "attempt " + attempt : null);
        }

        /** Appends the body at {@code offset}, truncating anything after it (a restart from 0 clears the file). */
        private void copy(InputStream body, long offset) throws IOException {
            IdleWatchdog dog = IdleWatchdog.watch(body, retry.idleTimeout());
            try (dog; FileChannel out = FileChannel.open(part, StandardOpenOption.CREATE, StandardOpenOption.WRITE)) {
                out.truncate(offset);
                out.position(offset);
                byte[] buf = new byte[BUFFER];
                long done = offset;
                for (int n; (n = body.read(buf)) > 0; ) {
                    dog.touch();
                    out.write(ByteBuffer.wrap(buf, 0, n));
                    done += n;
                    progress.progress(done, null);
                }
            } catch (IOException e) {
                if (!dog.fired()) {
                    throw e;
                }
            }
            if (dog.fired()) {
                throw new RetryableFailure("no data for " + retry.idleTimeout().toSeconds() + " s", false);
            }
        }
    }

    /** The first byte position of a {@code Content-Range: bytes START-END/TOTAL} header. */
    static OptionalLong contentRangeStart(HttpResponse<?> response) {
        String h = response.headers().firstValue("Content-Range").orElse("");
        if (!h.startsWith("bytes ") || h.indexOf('-') < 0) {
            return OptionalLong.empty();
        }
        try {
            return OptionalLong.of(Long.parseLong(h.substring(6, h.indexOf('-')).strip()));
        } catch (NumberFormatException e) {
            return OptionalLong.empty();
        }
    }

    /** "ConnectException: Connection refused"; a bare exception is named with its root cause (e.g. an unknown host). */
    private static String describe(Throwable e) {
        String m = e.getMessage();
        if (m != null && !m.isBlank()) {
            return e.getClass().getSimpleName() + ": " + m.lines().findFirst().orElse(m);
        }
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root == e ? e.getClass().getSimpleName() : e.getClass().getSimpleName() + ": " + describe(root);
    }

    private static long size(Path p) {
        try {
            return Files.size(p);
        } catch (IOException e) {
            return 0;
        }
    }

    private static void createFolder(Path dir) {
        try {
            Files.createDirectories(dir);
        } catch (IOException e) {
            throw new KysException("cannot create data folder " + dir + ": " + e.getMessage(), e);
        }
    }

    private static void deleteQuietly(Path p) {
        try {
            Files.deleteIfExists(p);
        } catch (IOException ignored) {
            // A leftover .part is harmless: the next run resumes or verifies it.
        }
    }

    /** A failure worth another attempt; {@code unreachable} marks a failed connect. */
    private static final class RetryableFailure extends RuntimeException {
        final boolean unreachable;

        RetryableFailure(String message, boolean unreachable) {
            super(message, null, false, false);
            this.unreachable = unreachable;
        }
    }
}
