package io.kys.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code kys reproduce}: its help and the one-line errors it gives before training anything. */
class ReproduceCommandTest {
    @TempDir
    Path dir;

    @Test
    void helpNamesThePresetsAndTheResumeBehaviour() {
        CliRun r = CliRun.of("reproduce", "--help");
        assertEquals(0, r.exitCode());
        assertTrue(r.out().contains("--preset") && r.out().contains("cpu-small") && r.out().contains("paper"), r.out());
        assertTrue(r.out().contains("finished cells are reused"), r.out());
        assertTrue(r.out().contains("--detectors") && r.out().contains("detector column"), r.out());
    }

    @Test
    void badArgumentsFailWithOneActionableLine() {
        CliRun preset = CliRun.of("reproduce", "--preset", "huge", "--data-dir", dir.toString(), "--out", dir.toString());
        assertEquals(1, preset.exitCode());
        assertEquals("error: unknown budget 'huge'; choose one of small, laptop, cpu-small, cpu-medium, paper", preset.err().strip());
        CliRun protocol = CliRun.of("reproduce", "--protocols", "ours,odin", "--data-dir", dir.toString());
        assertEquals(1, protocol.exitCode());
        assertTrue(protocol.err().strip().startsWith("error: unknown protocol 'odin'"), protocol.err());
        CliRun seeds = CliRun.of("reproduce", "--seeds", "0", "--data-dir", dir.toString());
        assertEquals(1, seeds.exitCode());
        assertEquals("error: --seeds must be at least 1, got 0", seeds.err().strip());
        CliRun empty = CliRun.of("reproduce", "--data-dir", dir.toString(), "--out", dir.resolve("out").toString());
        assertEquals(1, empty.exitCode());
        assertTrue(empty.err().strip().startsWith("error: no MedMNIST dataset in " + dir), empty.err());
        CliRun detector = CliRun.of("reproduce", "--detectors", "energy,knnn", "--data-dir", dir.toString());
        assertEquals(1, detector.exitCode());
        assertTrue(detector.err().strip().startsWith("error: unknown detector 'knnn'; choose one of energy, msp"),
                detector.err());
        CliRun orphan = CliRun.of("reproduce", "--param", "knn.k=5", "--data-dir", dir.toString());
        assertEquals(1, orphan.exitCode());
        assertTrue(orphan.err().contains("give --detectors"), orphan.err());
    }
}
