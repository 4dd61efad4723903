package io.kys.deploy;

import io.kys.data.UInt8Image;
import io.kys.progress.ProgressListener;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;

/**
 * Scores a stream of inputs in fixed-size batches with bounded memory: at most two batches are
 * in flight (one being decoded on the worker threads while the previous one goes through the
 * network), and a decoded image is brought to the training geometry on its worker at once, so
 * a batch holds only small images whatever the files' sizes. Rows come out in input order. An
 * input that cannot be read, or a batch the detector fails on, becomes rows with the reason; the
 * run itself never stops on bad content.
 */
public final class StreamingScorer implements AutoCloseable {
    private final KysDetector detector;
    private final int batchSize;
    private final double threshold;
    private final ExecutorService workers;

    /**
     * @param detector the detector
     * @param batchSize inputs per batch (at least 1; forward passes pad small batches themselves)
     * @param threads decoding threads (at least 1)
     * @param threshold the decision threshold, e.g. {@link KysDetector#threshold()}
     */
    public StreamingScorer(KysDetector detector, int batchSize, int threads, double threshold) {
        if (batchSize < 1 || threads < 1) {
            throw new IllegalArgumentException("batch size and threads must be at least 1");
        }
        this.detector = detector;
        this.batchSize = batchSize;
        this.threshold = threshold;
        this.workers = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "kys-decode");
            t.setDaemon(true);
            return t;
        });
    }

    /**
     * Scores every input, handing each row to {@code sink} in input order.
     *
     * @param total inputs expected, for the progress bar (negative if unknown)
     */
    public ScoreSummary run(Iterator<? extends ScoreInput> inputs, Consumer<ScoreRow> sink, ProgressListener progress,
                            long total) {
        ScoreSummary summary = new ScoreSummary();
        progress.start("scoring", total);
        long done = 0;
        List<Prepared> pending = submit(inputs);
        while (!pending.isEmpty()) {
            List<Prepared> next = submit(inputs);
            for (ScoreRow row : score(pending)) {
                summary.add(row);
                sink.accept(row);
            }
            done += pending.size();
            progress.progress(done, null);
            pending = next;
        }
        progress.finish();
        return summary;
    }

    /** One input with its decoding under way. */
    private record Prepared(String path, Future<DecodeResult> result) { }

    private List<Prepared> submit(Iterator<? extends ScoreInput> inputs) {
        List<Prepared> batch = new ArrayList<>(batchSize);
        SourceGeometry geometry = detector.geometry();
        while (batch.size() < batchSize && inputs.hasNext()) {
            ScoreInput input = inputs.next();
            batch.add(new Prepared(input.path(), workers.submit(() -> {
                DecodeResult r = input.read();
                return r.ok() ? DecodeResult.of(geometry.apply(r.image())) : r;
            })));
        }
        return batch;
    }

    private List<ScoreRow> score(List<Prepared> batch) {
        ScoreRow[] rows = new ScoreRow[batch.size()];
        List<UInt8Image> images = new ArrayList<>();
        List<Integer> positions = new ArrayList<>();
        for (int i = 0; i < rows.length; i++) {
            DecodeResult r = await(batch.get(i).result());
            if (r.ok()) {
                images.add(r.image());
                positions.add(i);
            } else {
                rows[i] = ScoreRow.failed(batch.get(i).path(), r.failure());
            }
        }
        if (!images.isEmpty()) {
            try {
                List<Verdict> verdicts = detector.scorePixels(images, threshold);
                for (int k = 0; k < verdicts.size(); k++) {
                    int i = positions.get(k);
                    rows[i] = ScoreRow.scored(batch.get(i).path(), verdicts.get(k));
                }
            } catch (RuntimeException e) {
                String reason = "scoring failed: " + (e.getMessage() == null ? e.getClass().getSimpleName()
                        : e.getMessage().lines().findFirst().orElse(""));
                for (int i : positions) {
                    rows[i] = ScoreRow.failed(batch.get(i).path(), reason);
                }
            }
        }
        return List.of(rows);
    }

    private static DecodeResult await(Future<DecodeResult> f) {
        try {
            return f.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return DecodeResult.failed("interrupted");
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            // Decoders report bad content as results; what arrives here is a decoder bug or memory exhaustion.
            return DecodeResult.failed("decoder failed: " + cause.getClass().getSimpleName()
                    + (cause.getMessage() == null ? "" : " " + cause.getMessage().lines().findFirst().orElse("")));
        }
    }

    /** Stops the worker threads. */
    @Override
    public void close() {
        workers.shutdownNow();
    }
}
