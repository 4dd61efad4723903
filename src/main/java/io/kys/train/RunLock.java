package io.kys.train;

import io.kys.KysException;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Keeps a run folder to one trainer at a time: {@code train.lock} holds the owner's pid and start
 * time under an operating-system file lock. The OS drops that lock when its process dies however
 * it dies, so a lock file left by a killed run is stale by construction and simply taken over;
 * a live owner (another process, or another cell of the same notebook) makes a second trainer
 * stop at once with the owner named.
 */
public final class RunLock implements AutoCloseable {
    /** The lock file inside the run folder. */
    public static final String FILE = "train.lock";

    /** Lock files this JVM holds. */
    private static final ConcurrentHashMap<Path, Boolean> HELD = new ConcurrentHashMap<>();

    private final Path file;
    private final FileChannel channel;
    private final FileLock lock;

    private RunLock(Path file, FileChannel channel, FileLock lock) {
        this.file = file;
        this.channel = channel;
        this.lock = lock;
    }

    /**
     * Takes the lock of run folder {@code root}, creating the folder if needed.
     *
     * @throws KysException naming the owner when another trainer holds it
     */
    public static RunLock acquire(Path root) {
        Path file = root.resolve(FILE).toAbsolutePath().normalize();
        // POSIX drops every lock a process holds on a file when any of its descriptors of that file
        // closes, so a second trainer in this JVM must be refused without opening the file at all.
        if (HELD.putIfAbsent(file, Boolean.TRUE) != null) {
            throw inUse(root, readOwner(file));
        }
        try {
            return lock(root, file);
        } catch (RuntimeException e) {
            HELD.remove(file);
            throw e;
        }
    }

    private static RunLock lock(Path root, Path file) {
        FileChannel channel = null;
        try {
            Files.createDirectories(root);
            channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.READ, StandardOpenOption.WRITE);
            FileLock lock;
            try {
                lock = channel.tryLock();
            } catch (OverlappingFileLockException e) {
                lock = null;
            }
            if (lock == null) {
                String owner = readOwner(file);
                channel.close();
                throw inUse(root, owner);
            }
            String me = "pid " + ProcessHandle.current().pid() + ", started " + Instant.now();
            channel.truncate(0);
            channel.write(ByteBuffer.wrap(me.getBytes(StandardCharsets.UTF_8)), 0);
            channel.force(false);
            return new RunLock(file, channel, lock);
        } catch (IOException e) {
            closeQuietly(channel);
            throw new KysException("cannot lock run folder " + root + ": " + e.getMessage(), e);
        }
    }

    private static KysException inUse(Path root, String owner) {
        return new KysException("run folder " + root + " is in use by another training ("
                + (owner.isEmpty() ? "owner unknown" : owner) + "); wait for it to finish or choose another --ckpt-name");
    }

    private static String readOwner(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8).strip();
        } catch (IOException e) {
            return "";
        }
    }

    /** Releases the lock and removes the lock file. */
    @Override
    public void close() {
        try {
            Files.deleteIfExists(file);
            lock.release();
        } catch (IOException ignored) {
            // The OS releases the lock with the channel below in any case.
        } finally {
            closeQuietly(channel);
            HELD.remove(file);
        }
    }

    private static void closeQuietly(FileChannel c) {
        if (c != null) {
            try {
                c.close();
            } catch (IOException ignored) {
                // nothing left to release
            }
        }
    }
}
