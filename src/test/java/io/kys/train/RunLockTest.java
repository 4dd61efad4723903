package io.kys.train;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.kys.KysException;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RunLockTest {
    @TempDir
    Path dir;

    @Test
    void aSecondTrainerInTheSameProcessStopsNamingTheOwner() {
        try (RunLock first = RunLock.acquire(dir)) {
            KysException e = assertThrows(KysException.class, () -> RunLock.acquire(dir));
            assertTrue(e.getMessage().contains("is in use by another training (pid " + ProcessHandle.current().pid()),
                    e.getMessage());
        }
        assertFalse(Files.exists(dir.resolve(RunLock.FILE)), "released on close");
        RunLock.acquire(dir).close();
    }

    @Test
    void aLockFileLeftByADeadProcessIsTakenOver() throws IOException {
        Files.writeString(dir.resolve(RunLock.FILE), "pid 999999999, started 2020-01-01T00:00:00Z");
        try (RunLock lock = RunLock.acquire(dir)) {
            assertTrue(Files.readString(dir.resolve(RunLock.FILE)).startsWith("pid " + ProcessHandle.current().pid()));
        }
    }

    @Test
    void anotherProcessHoldingTheFolderIsRefusedUntilItEnds() throws Exception {
        Process holder = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), RunLockHolder.class.getName(), dir.toString())
                .redirectErrorStream(true).start();
        try (BufferedReader out = new BufferedReader(new InputStreamReader(holder.getInputStream(), StandardCharsets.UTF_8))) {
            assertEquals("locked", out.readLine());
            KysException e = assertThrows(KysException.class, () -> RunLock.acquire(dir));
            assertTrue(e.getMessage().contains("pid " + holder.pid()), e.getMessage());
            holder.destroyForcibly();
            assertTrue(holder.waitFor(30, TimeUnit.SECONDS));
        }
        // Killed without releasing: the OS dropped its lock, the stale file is taken over.
        RunLock.acquire(dir).close();
    }

    /** Holds a run folder's lock until its standard input closes. */
    public static final class RunLockHolder {
        public static void main(String[] args) throws IOException {
            try (RunLock lock = RunLock.acquire(Path.of(args[0]))) {
                System.out.println("locked");
                System.out.flush();
                while (System.in.read() >= 0) {
                    // wait for the parent
                }
            }
        }
    }
}
