package io.kys.data;

import io.kys.KysException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/** Measures the data path: archive loading and preprocessing throughput. */
public final class DataBenchmark {
    /** Images per batch, the paper's batch size. */
    public static final int BATCH = 128;
    /** Time spent loading one file before its median is taken. */
    public static final double MIN_SECONDS = 0.5;
    /** Most loads of one file. */
    public static final int MAX_RUNS = 15;

    private DataBenchmark() { }

    /** The {@code .npz} files of a folder, smallest first. */
    public static List<Path> archives(Path dir) {
        if (!Files.isDirectory(dir)) {
            throw new KysException("data folder " + dir + " not found");
        }
        try (Stream<Path> files = Files.list(dir)) {
            List<Path> found = new ArrayList<>(files.filter(p -> p.getFileName().toString().endsWith(".npz")).toList());
            found.sort(Comparator.comparingLong(DataBenchmark::size).thenComparing(Path::toString));
            if (found.isEmpty()) {
                throw new KysException("no .npz files in " + dir + "; run `kys download NAME` first or pass --data-dir");
            }
            return found;
        } catch (IOException e) {
            throw new KysException("cannot list " + dir + ": " + e.getMessage(), e);
        }
    }

    /**
     * Times the loading of each archive: after an untimed warm-up pass over all of them (so class
     * loading and JIT are not measured, and the files are in the page cache), each file is loaded
     * repeatedly until {@link #MIN_SECONDS} have passed (at most {@link #MAX_RUNS} times) and the
     * median load time is kept, which damps the noise of a shared machine.
     */
    public static List<LoadTiming> load(List<Path> archives) {
        archives.forEach(p -> DatasetLoader.loadFile(p, null));
        List<LoadTiming> out = new ArrayList<>();
        for (Path p : archives) {
            List<Double> times = new ArrayList<>();
            int images = 0;
            double spent = 0;
            while (times.size() < MAX_RUNS && (times.isEmpty() || spent < MIN_SECONDS)) {
                long t0 = System.nanoTime();
                images = DatasetLoader.loadFile(p, null).sizes().total();
                double s = (System.nanoTime() - t0) / 1e9;
                times.add(s);
                spent += s;
            }
            times.sort(null);
            out.add(new LoadTiming(p, size(p), images, times.get(times.size() / 2), times.size()));
        }
        return out;
    }

    /**
     * Preprocesses {@code images} images of {@code set} (cycling through it) in batches of
     * {@link #BATCH}, after one untimed warm-up batch.
     */
    public static PreprocessTiming preprocess(ImageSet set, int images, Preprocessor pre) {
        float[] buf = new float[BATCH * pre.floatsPerImage()];
        int[] idx = new int[BATCH];
        fill(idx, 0, set.size());
        pre.toTensorInto(set, idx, buf, 0);
        long t0 = System.nanoTime();
        int done = 0;
        while (done < images) {
            int n = Math.min(BATCH, images - done);
            int[] batch = n == BATCH ? idx : new int[n];
            fill(batch, done, set.size());
            pre.toTensorInto(set, batch, buf, 0);
            done += n;
        }
        return new PreprocessTiming(done, BATCH, (System.nanoTime() - t0) / 1e9);
    }

    private static void fill(int[] idx, int start, int size) {
        for (int k = 0; k < idx.length; k++) {
            idx[k] = (start + k) % size;
        }
    }

    private static long size(Path p) {
        try {
            return Files.size(p);
        } catch (IOException e) {
            throw new KysException("cannot read " + p + ": " + e.getMessage(), e);
        }
    }
}
