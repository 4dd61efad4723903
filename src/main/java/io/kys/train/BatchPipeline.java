package io.kys.train;

import io.kys.KysException;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Runs the batch factory one or two steps ahead of the engine on a background thread, so the
 * engine does not wait for augmentation. Order and content of the batches are those of a plain
 * loop: only the timing changes.
 */
public final class BatchPipeline implements AutoCloseable {
    private static final int AHEAD = 2;

    private final ExecutorService worker;
    private final BlockingQueue<Future<PreparedBatch>> ready = new ArrayBlockingQueue<>(AHEAD + 1);
    private final BatchFactory factory;
    private final int epoch;
    private final int[][] stepIndices;
    private int submitted;

    /**
     * @param factory makes a batch from indices
     * @param epoch the epoch being run
     * @param stepIndices the ID indices of each step of the epoch
     * @param firstStep the step to start at (non-zero only when resuming inside an epoch)
     */
    public BatchPipeline(BatchFactory factory, int epoch, int[][] stepIndices, int firstStep) {
        this.factory = factory;
        this.epoch = epoch;
        this.stepIndices = stepIndices;
        this.submitted = firstStep;
        this.worker = Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "kys-batch-pipeline");
            t.setDaemon(true);
            return t;
        });
        for (int i = 0; i < AHEAD; i++) {
            submitNext();
        }
    }

    private void submitNext() {
        if (submitted < stepIndices.length) {
            int step = submitted++;
            ready.add(worker.submit(() -> factory.make(epoch, step, stepIndices[step])));
        }
    }

    /** The next step's batch, waiting for it if the pipeline is behind; null after the last. */
    public PreparedBatch next() {
        Future<PreparedBatch> f = ready.poll();
        if (f == null) {
            return null;
        }
        submitNext();
        try {
            return f.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new KysException("training interrupted", e);
        } catch (java.util.concurrent.ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof RuntimeException re) {
                throw re;
            }
            throw new KysException("batch preparation failed: " + cause, cause);
        }
    }

    @Override
    public void close() {
        worker.shutdownNow();
    }
}
