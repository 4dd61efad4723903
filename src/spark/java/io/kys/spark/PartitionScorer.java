package io.kys.spark;

import io.kys.engine.EngineSetup;
import io.kys.deploy.ImageDecoder;
import io.kys.deploy.KysDetector;
import io.kys.deploy.ScoreInput;
import io.kys.deploy.ScoreRow;
import io.kys.deploy.StreamingScorer;
import io.kys.progress.ProgressListener;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import org.apache.spark.SparkFiles;
import org.apache.spark.TaskContext;
import org.apache.spark.api.java.function.MapPartitionsFunction;
import org.apache.spark.sql.Row;

/**
 * Scores one partition of {@code (path, content, table)} rows ({@link SparkScoreJob#INPUT_SCHEMA})
 * with one detector, loaded from the bundle
 * Spark shipped to the executor ({@code SparkContext.addFile}). Rows are pulled and scored one
 * batch at a time, so a partition of any size holds one batch of images and its output rows.
 * The detector is closed when the task ends, however it ends.
 */
public final class PartitionScorer implements MapPartitionsFunction<Row, Row> {
    private static final long serialVersionUID = 1L;

    private final String bundleName;
    private final String device;
    private final int batchSize;
    private final long maxPixels;
    private final Double threshold;

    /**
     * @param bundleName the bundle's file name as added to the job
     * @param device {@code auto}, {@code cpu} or {@code gpu}
     * @param batchSize images per batch
     * @param maxPixels the decoder's pixel limit
     * @param threshold the decision threshold, or null for the bundle's
     */
    public PartitionScorer(String bundleName, String device, int batchSize, long maxPixels, Double threshold) {
        this.bundleName = bundleName;
        this.device = device;
        this.batchSize = batchSize;
        this.maxPixels = maxPixels;
        this.threshold = threshold;
    }

    @Override
    public Iterator<Row> call(Iterator<Row> input) {
        if (!input.hasNext()) {
            return Collections.emptyIterator();
        }
        // Executors of a cluster are fresh JVMs: DJL must use the natives on the class path, not download any.
        EngineSetup.offline();
        KysDetector detector = KysDetector.load(Path.of(SparkFiles.get(bundleName)), device, Math.max(16, batchSize));
        StreamingScorer scorer = new StreamingScorer(detector, batchSize, 1,
                threshold != null ? threshold : detector.threshold());
        TaskContext task = TaskContext.get();
        if (task != null) {
            task.addTaskCompletionListener(ctx -> {
                scorer.close();
                detector.close();
            });
        }
        return new Batches(input, scorer, new ImageDecoder(maxPixels), batchSize);
    }

    /** The partition's output, scored a batch at a time as it is pulled. */
    private static final class Batches implements Iterator<Row> {
        private final Iterator<Row> input;
        private final StreamingScorer scorer;
        private final ImageDecoder decoder;
        private final int batchSize;
        private Iterator<Row> ready = Collections.emptyIterator();

        Batches(Iterator<Row> input, StreamingScorer scorer, ImageDecoder decoder, int batchSize) {
            this.input = input;
            this.scorer = scorer;
            this.decoder = decoder;
            this.batchSize = batchSize;
        }

        @Override
        public boolean hasNext() {
            while (!ready.hasNext() && input.hasNext()) {
                List<ScoreInput> batch = new ArrayList<>(batchSize);
                while (batch.size() < batchSize && input.hasNext()) {
                    Row r = input.next();
                    batch.add(r.getBoolean(2)
                            ? ScoreInput.bytes(SparkScoreJob.localPath(r.getString(0)), (byte[]) r.get(1), decoder)
                            : HadoopFiles.input(r.getString(0), decoder));
                }
                List<Row> rows = new ArrayList<>(batch.size());
                scorer.run(batch.iterator(), (ScoreRow row) -> rows.add(ScoreSchema.toRow(row)),
                        ProgressListener.NONE, batch.size());
                ready = rows.iterator();
            }
            return ready.hasNext();
        }

        @Override
        public Row next() {
            if (!hasNext()) {
                throw new NoSuchElementException();
            }
            return ready.next();
        }
    }
}
