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

    /** Loads each archive once (after one untimed warm-up load of the smallest) and times it. */
    public static List<LoadTiming> load(List<Path> archives) {
        DatasetLoader.loadFile(archives.get(0), null);
        List<LoadTiming> out = new ArrayList<>();
        for (Path p : archives) {
            long t0 = System.nanoTime();
            MedMnistDataset d = DatasetLoader.loadFile(p, null);
            double s = (System.nanoTime() - t0) / 1e9;
            out.add(new LoadTiming(p, size(p), d.sizes().total(), s));
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
