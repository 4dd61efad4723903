package io.kys.deploy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.kys.cli.KysCli;
import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * 200 generated bad and awkward files: scoring the folder gives one row per file, a reason for
 * every file that cannot be scored, a score for the valid odd ones, never a crash, and no file
 * costs more than a small, fixed amount of heap to reject.
 */
class BadFilesFuzzTest {
    private static final int FILES = 200;
    /** More than any file here needs (the largest valid image is 64 x 48); a bomb decoded would need 400 MB. */
    private static final long MAX_BYTES_PER_FILE = 16L << 20;

    @TempDir
    Path tmp;

    @Test
    void everyBadFileIsOneRowWithAReasonAndCostsBoundedHeap() throws Exception {
        List<BadFiles.File> files = BadFiles.write(tmp.resolve("bad"), FILES, 12);
        ImageDecoder decoder = new ImageDecoder();
        com.sun.management.ThreadMXBean threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        long thread = Thread.currentThread().getId();
        long worst = 0;
        String worstFile = "";
        for (BadFiles.File f : files) {
            long before = threads.getThreadAllocatedBytes(thread);
            DecodeResult r = decoder.decode(f.path());
            long used = threads.getThreadAllocatedBytes(thread) - before;
            if (used > worst) {
                worst = used;
                worstFile = f.kind() + " " + f.path().getFileName();
            }
            assertTrue(used < MAX_BYTES_PER_FILE, f.kind() + " " + f.path() + " allocated " + used + " bytes");
            if (f.kind().startsWith("20000x20000")) {
                assertTrue(used < 1 << 20, f.kind() + " allocated " + used + " bytes before being refused");
                assertTrue(r.failure().contains("declares 20000 x 20000"), r.failure());
            }
        }
        System.out.printf("fuzz: most heap allocated decoding one file: %d bytes (%s)%n", worst, worstFile);

        TinyBundle tiny = TinyBundle.get();
        Path csv = tmp.resolve("bad.csv");
        String out = TinyBundle.run("score", tiny.bundle().toString(), tmp.resolve("bad").toString(), "--out",
                csv.toString(), "--batch-size", "16");
        List<ScoreRow> rows = ScoreCsv.read(csv);
        assertEquals(FILES, rows.size(), "one row per file");
        Map<String, ScoreRow> byPath = new HashMap<>();
        rows.forEach(r -> byPath.put(r.path(), r));
        assertEquals(FILES, byPath.size(), "no file twice");
        long reasons = 0;
        for (BadFiles.File f : files) {
            ScoreRow r = byPath.get(f.path().toString());
            assertNotNull(r, "no row for " + f.path());
            if (f.expect() == BadFiles.Expect.REASON) {
                assertTrue(r.reason() != null && !r.reason().isBlank(), f.kind() + " " + f.path() + " was scored");
                assertTrue(r.reason().lines().count() == 1, r.reason());
                reasons++;
            } else {
                assertTrue(r.ok(), f.kind() + " " + f.path() + " was not scored: " + r.reason());
                assertTrue(Double.isFinite(r.score()) && r.className() != null);
            }
        }
        assertTrue(out.contains(FILES + " inputs: " + (FILES - reasons) + " scored"), out);
        assertTrue(out.contains(reasons + " not scored ("), out);
        System.out.println("fuzz: " + out.strip());
        rows.stream().filter(r -> !r.ok()).map(ScoreRow::reason).map(s -> s.replaceAll("\\d+", "N")).distinct()
                .sorted().forEach(s -> System.out.println("fuzz reason: " + s));
        assertEquals(0, KysCli.execute("score", tiny.bundle().toString(), files.get(0).path().toString(), "--out",
                tmp.resolve("one.csv").toString()), "a single bad file is a row, not an error");
    }
}
