package io.kys.data;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

/**
 * Ends a read that has received nothing for too long. {@code java.net.http} response bodies
 * block forever on a server that keeps the connection open and sends no more bytes; this
 * watchdog, touched after every chunk, interrupts the reading thread and closes the stream once
 * the idle time passes, so the read fails and the download can resume from what it has.
 */
final class IdleWatchdog implements Closeable {
    private static final ScheduledExecutorService TIMER = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "kys-download-watchdog");
        t.setDaemon(true);
        return t;
    });

    private final Thread reader;
    private final InputStream stream;
    private final long idleNanos;
    private final ScheduledFuture<?> check;
    private volatile long lastNanos = System.nanoTime();
    private volatile boolean fired;
    private volatile boolean closed;

    private IdleWatchdog(Thread reader, InputStream stream, Duration idle) {
        this.reader = reader;
        this.stream = stream;
        this.idleNanos = idle.toNanos();
        long period = Math.max(10, Math.min(1000, idle.toMillis() / 4));
        this.check = TIMER.scheduleAtFixedRate(this::checkIdle, period, period, TimeUnit.MILLISECONDS);
    }

    /** Watches reads of {@code stream} by the calling thread. */
    static IdleWatchdog watch(InputStream stream, Duration idle) {
        return new IdleWatchdog(Thread.currentThread(), stream, idle);
    }

    /** Records that bytes arrived. */
    void touch() {
        lastNanos = System.nanoTime();
    }

    /** True once the idle time passed without bytes. */
    boolean fired() {
        return fired;
    }

    private synchronized void checkIdle() {
        if (closed || fired || System.nanoTime() - lastNanos < idleNanos) {
            return;
        }
        fired = true;
        reader.interrupt();
        try {
            stream.close();
        } catch (IOException ignored) {
            // The read fails either way; the caller reports the stall.
        }
    }

    /** Stops watching and clears an interrupt this watchdog raised, so the caller can retry calmly. */
    @Override
    public synchronized void close() {
        closed = true;
        check.cancel(false);
        if (fired) {
            Thread.interrupted();
        }
    }
}
