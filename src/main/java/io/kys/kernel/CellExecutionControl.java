package io.kys.kernel;

import java.lang.reflect.Method;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicReference;
import jdk.jshell.execution.DirectExecutionControl;
import jdk.jshell.spi.ExecutionControl;
import jdk.jshell.spi.ExecutionControlProvider;
import jdk.jshell.spi.ExecutionEnv;

/**
 * Runs JShell snippets inside the kernel's own JVM, so cells share classes and static state
 * (the display API) with the kernel. Two things differ from JShell's stock local engine: the
 * value of each snippet is kept as an object, not only as text, so a table can be shown as HTML;
 * and all snippets run on one long-lived thread, which keeps thread-local state (such as
 * PyTorch's gradient mode) from one cell to the next and can be interrupted.
 */
final class CellExecutionControl extends DirectExecutionControl {
    /** Marks "no value yet": a snippet's value may itself be {@code null}. */
    static final Object NO_VALUE = new Object();

    private final AtomicReference<Thread> worker = new AtomicReference<>();
    private final ExecutorService executor = Executors.newSingleThreadExecutor(task -> {
        Thread thread = new Thread(task, "kys-cell");
        thread.setDaemon(true);
        worker.set(thread);
        return thread;
    });
    private volatile boolean running;
    private volatile Object lastValue = NO_VALUE;

    /** A provider that hands this control to {@code JShell.builder().executionEngine(...)}. */
    ExecutionControlProvider provider() {
        CellExecutionControl control = this;
        return new ExecutionControlProvider() {
            @Override
            public String name() {
                return "kys-cell";
            }

            @Override
            public ExecutionControl generate(ExecutionEnv env, Map<String, String> parameters) {
                return control;
            }
        };
    }

    /** The value of the last snippet run since the previous call, or {@link #NO_VALUE}. */
    Object takeValue() {
        Object value = lastValue;
        lastValue = NO_VALUE;
        return value;
    }

    /**
     * Asks the running cell to stop by interrupting its thread. Code that sleeps, waits or checks
     * {@link Thread#interrupted()} stops; a busy loop that never checks runs on.
     */
    void interrupt() {
        Thread thread = worker.get();
        if (running && thread != null) {
            thread.interrupt();
        }
    }

    @Override
    protected String invoke(Method doit) throws Exception {
        Future<Object> result = executor.submit(() -> {
            Thread.interrupted(); // an interrupt meant for an earlier cell must not hit this one
            Thread.currentThread().setContextClassLoader(doit.getDeclaringClass().getClassLoader());
            running = true;
            try {
                return doit.invoke(null);
            } finally {
                running = false;
            }
        });
        Object value = awaitResult(result);
        lastValue = value;
        return valueString(value);
    }

    /** Unwraps the executor's wrapper so JShell sees what {@code doit.invoke} threw. */
    private static Object awaitResult(Future<Object> result) throws Exception {
        try {
            return result.get();
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof Exception exception) {
                throw exception;
            }
            if (cause instanceof Error error) {
                throw error;
            }
            throw e;
        }
    }

    @Override
    public void close() {
        executor.shutdownNow();
        super.close();
    }
}
