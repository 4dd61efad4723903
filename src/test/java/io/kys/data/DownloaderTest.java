package io.kys.data;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.kys.KysException;
import io.kys.progress.ProgressListener;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DownloaderTest {
    private static final RetryPolicy FAST = new RetryPolicy(4, Duration.ofMillis(5), Duration.ofMillis(20));

    @TempDir
    Path dir;

    private byte[] payload;
    private HttpServer server;
    private final AtomicInteger requests = new AtomicInteger();
    private final List<String> ranges = new ArrayList<>();
    /** Bytes the first response sends before the connection drops; -1 for no drop. */
    private volatile int dropFirstAfter = -1;
    private volatile boolean honorRange = true;
    /** The first response sends this many bytes, then keeps the connection open and sends nothing; -1 for no stall. */
    private volatile int stallFirstAfter = -1;
    private final java.util.concurrent.CountDownLatch release = new java.util.concurrent.CountDownLatch(1);
    private volatile int failuresBeforeSuccess;

    @BeforeEach
    void serve() throws IOException {
        Path src = NpzWriter.medmnistNpz(Files.createTempDirectory(dir, "src").resolve("tiny.npz"),
                new int[] {40, 10, 10}, 3, 4, 42);
        payload = Files.readAllBytes(src);
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/files/tiny.npz", this::handle);
        // One thread per exchange, so a stalled response does not hold up the resumed request.
        server.setExecutor(java.util.concurrent.Executors.newCachedThreadPool());
        server.start();
    }

    @AfterEach
    void stop() {
        release.countDown();
        server.stop(0);
    }

    private void handle(HttpExchange ex) throws IOException {
        int n = requests.incrementAndGet();
        String range = ex.getRequestHeaders().getFirst("Range");
        synchronized (ranges) {
            ranges.add(range);
        }
        if (n <= failuresBeforeSuccess) {
            ex.sendResponseHeaders(503, -1);
            ex.close();
            return;
        }
        int start = 0;
        if (range != null && honorRange) {
            start = Integer.parseInt(range.substring("bytes=".length(), range.indexOf('-')));
            ex.getResponseHeaders().add("Content-Range", "bytes " + start + "-" + (payload.length - 1) + "/" + payload.length);
            ex.sendResponseHeaders(206, payload.length - start);
        } else {
            ex.sendResponseHeaders(200, payload.length);
        }
        OutputStream out = ex.getResponseBody();
        if (n == 1 && stallFirstAfter >= 0) {
            out.write(payload, 0, stallFirstAfter);
            out.flush();
            try {
                release.await(); // silent, connection open, until the test ends
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            ex.close();
            return;
        }
        if (n == 1 && dropFirstAfter >= 0) {
            out.write(payload, 0, dropFirstAfter);
            out.flush();
            ex.close(); // fewer bytes than announced: the server drops the connection
            return;
        }
        out.write(payload, start, payload.length - start);
        ex.close();
    }

    private DownloadSpec spec(String md5) {
        URI url = URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/files/tiny.npz");
        return new DownloadSpec("tiny", url, List.of(md5), -1, "tiny.npz");
    }

    private Downloader downloader() {
        return new Downloader(HttpClient.newHttpClient(), FAST);
    }

    @Test
    void downloadsVerifiesAndReportsProgress() {
        long[] last = {-1};
        long[] total = {0};
        ProgressListener listener = new ProgressListener() {
            @Override
            public void start(String task, long t) {
                total[0] = t;
            }

            @Override
            public void progress(long done, String detail) {
                last[0] = done;
            }
        };
        DownloadResult r = downloader().download(spec(Md5.of(payload)), dir.resolve("data"), listener);
        assertFalse(r.alreadyPresent());
        assertEquals(dir.resolve("data/tiny.npz"), r.file());
        assertEquals(payload.length, total[0]);
        assertEquals(payload.length, last[0]);
        assertFalse(Files.exists(dir.resolve("data/tiny.npz.part")));
        assertEquals(Md5.of(payload), Md5.ofFile(r.file()));
        // The downloaded archive is readable as a dataset.
        assertEquals(40, DatasetLoader.load(r.file().toString(), dir).train().size());

        DownloadResult again = downloader().download(spec(Md5.of(payload)), dir.resolve("data"), ProgressListener.NONE);
        assertTrue(again.alreadyPresent());
        assertEquals(1, requests.get());
    }

    @Test
    void aMirrorThatGoesSilentMidFileIsResumedAfterTheIdleTimeout() throws IOException {
        stallFirstAfter = payload.length / 2;
        RetryPolicy policy = new RetryPolicy(4, Duration.ofMillis(5), Duration.ofMillis(20), Duration.ofSeconds(2));
        long start = System.nanoTime();
        DownloadResult r = new Downloader(HttpClient.newHttpClient(), policy)
                .download(spec(Md5.of(payload)), dir, ProgressListener.NONE);
        double seconds = (System.nanoTime() - start) / 1e9;
        assertEquals(2, r.attempts());
        assertEquals("bytes=" + payload.length / 2 + "-", ranges.get(1));
        assertArrayEquals(payload, Files.readAllBytes(r.file()));
        assertTrue(seconds < 120, "finished in " + seconds + " s");
        assertFalse(Thread.currentThread().isInterrupted(), "the watchdog's interrupt is cleared");
    }

    @Test
    void resumesWithRangeAfterADroppedConnection() throws IOException {
        dropFirstAfter = payload.length / 3;
        DownloadResult r = downloader().download(spec(Md5.of(payload)), dir, ProgressListener.NONE);
        assertEquals(2, r.attempts());
        assertNull(ranges.get(0));
        assertEquals("bytes=" + payload.length / 3 + "-", ranges.get(1));
        assertArrayEquals(payload, Files.readAllBytes(r.file()));
    }

    @Test
    void restartsWhenTheServerIgnoresRange() throws IOException {
        dropFirstAfter = payload.length / 2;
        honorRange = false;
        DownloadResult r = downloader().download(spec(Md5.of(payload)), dir, ProgressListener.NONE);
        assertArrayEquals(payload, Files.readAllBytes(r.file()));
    }

    @Test
    void retriesServerErrorsWithBackoff() {
        failuresBeforeSuccess = 2;
        DownloadResult r = downloader().download(spec(Md5.of(payload)), dir, ProgressListener.NONE);
        assertEquals(3, r.attempts());
        failuresBeforeSuccess = 100;
        KysException e = assertThrows(KysException.class,
                () -> downloader().download(spec("0123456789abcdef0123456789abcdef"), dir.resolve("other"), ProgressListener.NONE));
        assertTrue(e.getMessage().contains("failed after 4 attempts (HTTP 503)"), e.getMessage());
    }

    @Test
    void wrongMd5LeavesNoFile() {
        String wrong = "0123456789abcdef0123456789abcdef";
        KysException e = assertThrows(KysException.class, () -> downloader().download(spec(wrong), dir, ProgressListener.NONE));
        assertTrue(e.getMessage().contains("wrong MD5: expected " + wrong + ", got " + Md5.of(payload)), e.getMessage());
        assertFalse(Files.exists(dir.resolve("tiny.npz")));
        assertFalse(Files.exists(dir.resolve("tiny.npz.part")));
    }

    @Test
    void replacesAnExistingWrongFileOnlyAfterVerifying() throws IOException {
        Files.write(dir.resolve("tiny.npz"), new byte[] {1, 2, 3});
        DownloadResult r = downloader().download(spec(Md5.of(payload)), dir, ProgressListener.NONE);
        assertFalse(r.alreadyPresent());
        assertArrayEquals(payload, Files.readAllBytes(dir.resolve("tiny.npz")));
    }

    @Test
    void notFoundIsNotRetried() {
        URI url = URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/files/absent.npz");
        DownloadSpec absent = new DownloadSpec("absent", url, List.of(Md5.of(payload)), -1, "absent.npz");
        KysException e = assertThrows(KysException.class, () -> downloader().download(absent, dir, ProgressListener.NONE));
        assertEquals("absent download from " + url + " failed: HTTP 404", e.getMessage());
    }

    @Test
    void unreachableServerSaysWhereToPutAManualDownload() throws IOException {
        int port;
        try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            port = s.getLocalPort();
        }
        URI url = URI.create("http://127.0.0.1:" + port + "/bloodmnist.npz");
        DownloadSpec s = new DownloadSpec("bloodmnist", url, List.of("7053d0359d879ad8a5505303e11de1dc"), -1, "bloodmnist.npz");
        KysException e = assertThrows(KysException.class, () -> downloader().download(s, dir, ProgressListener.NONE));
        assertTrue(e.getMessage().startsWith("cannot reach " + url + " ("), e.getMessage());
        assertTrue(e.getMessage().endsWith("save it as " + dir.resolve("bloodmnist.npz")
                + " (MD5 7053d0359d879ad8a5505303e11de1dc), or use --mirror BASE_URL"), e.getMessage());
        assertFalse(e.getMessage().contains("\n"));
    }

    @Test
    void backoffDoublesUpToTheCap() {
        RetryPolicy p = new RetryPolicy(5, Duration.ofSeconds(1), Duration.ofSeconds(5));
        assertEquals(Duration.ofSeconds(1), p.delayAfter(1));
        assertEquals(Duration.ofSeconds(2), p.delayAfter(2));
        assertEquals(Duration.ofSeconds(4), p.delayAfter(3));
        assertEquals(Duration.ofSeconds(5), p.delayAfter(4));
    }

    @Test
    void mirrorSpecUsesBaseUrlAndBothMd5s() {
        DatasetInfo organ = MedMnistCatalog.standard().require("organsmnist");
        DownloadSpec m = DownloadSpec.mirror(organ, "https://example.org/medmnist");
        assertEquals(URI.create("https://example.org/medmnist/organsmnist.npz"), m.url());
        assertTrue(m.accepts(organ.v2Md5()));
        assertTrue(m.accepts(organ.md5().toUpperCase()));
        assertEquals(URI.create(organ.url()), DownloadSpec.official(organ).url());
    }
}
