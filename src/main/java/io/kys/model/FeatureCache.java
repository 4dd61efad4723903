package io.kys.model;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import io.kys.AtomicFiles;
import io.kys.Folders;
import io.kys.KysException;
import io.kys.data.ImageSet;
import io.kys.data.NpyArray;
import io.kys.data.NpyReader;
import io.kys.data.NpyWriter;
import io.kys.progress.ProgressListener;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.HashSet;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The logits and penultimate features of a run's image sets, computed once per checkpoint and kept
 * in the run folder, so that fitting and scoring many detectors costs one pass of the network over
 * the data however often a run is evaluated. The scores of detectors that run the network
 * themselves (ODIN) are kept the same way, under the detector's parameters.
 *
 * <p>Layout: {@code <run>/features/<weights>/<set>-<images>.features.npy} (N x D float32),
 * {@code .logits.npy} (N x C float32) and {@code .json}; a detector's scores in
 * {@code <set>-<images>.<detector>.scores.npy} (N float64) with its own {@code .json}. Here
 * {@code <weights>} starts the SHA-256 of the network's weights ({@link ClassifierModel#weightsSha256},
 * the digest its checkpoint JSON records) and {@code <images>} starts the MD5 of the images
 * ({@link ImageSet#md5}: pixels, labels and shape, so another data file, split or subset is another
 * entry). An entry's JSON holds its full key and is written last, each file atomically: an entry
 * counts only once its JSON is there and names the same format, weights, images (and detector). A
 * missing, damaged or mismatched entry is computed again and replaced; numpy reads the arrays as they are.
 */
public final class FeatureCache implements FeatureSource {
    /** The cache's folder inside a run folder. */
    public static final String FOLDER = "features";
    /** Changes whenever preprocessing or inference would give other outputs for the same weights and images. */
    static final String FORMAT = "kys-features/1";
    private static final int DIGEST_CHARS = 16;
    private static final Pattern DIGEST_FOLDER = Pattern.compile("[0-9a-f]{" + DIGEST_CHARS + "}");
    private static final Gson GSON = new GsonBuilder().setPrettyPrinting().create();

    private final ClassifierModel model;
    private final String weights;
    private final Path folder;
    private int computed;
    private int reused;

    /**
     * What an entry's JSON records: the key, then the sizes of its arrays.
     *
     * @param detector the detector's key for a scores entry, null for features and logits
     */
    private record Entry(String format, String weightsSha256, String imagesMd5, String set, String detector, int count,
                         int classes, int dimension) { }

    private FeatureCache(ClassifierModel model, String weights, Path folder) {
        this.model = model;
        this.weights = weights;
        this.folder = folder;
    }

    /**
     * The cache of {@code model}'s current weights in run folder {@code runFolder}. The weights are
     * digested now, so the model must not be trained while the cache is in use.
     */
    public static FeatureCache of(ClassifierModel model, Path runFolder) {
        String weights = model.weightsSha256();
        return new FeatureCache(model, weights, runFolder.resolve(FOLDER).resolve(weights.substring(0, DIGEST_CHARS)));
    }

    /**
     * Deletes the entries of every checkpoint of {@code runFolder} but those whose weights are in
     * {@code keepWeightsSha256}: a run that trains on replaces its best checkpoint, and the outputs
     * of weights no checkpoint holds any more can never be read again. Only folders named like
     * this cache's are touched.
     *
     * @return how many checkpoints' entries were deleted
     * @throws KysException when a folder cannot be deleted
     */
    public static int pruneExcept(Path runFolder, Collection<String> keepWeightsSha256) {
        Path root = runFolder.resolve(FOLDER);
        if (!Files.isDirectory(root)) {
            return 0;
        }
        Set<String> keep = new HashSet<>();
        keepWeightsSha256.forEach(w -> keep.add(w.substring(0, Math.min(DIGEST_CHARS, w.length()))));
        int deleted = 0;
        try (Stream<Path> folders = Files.list(root)) {
            for (Path f : folders.filter(Files::isDirectory).toList()) {
                String name = f.getFileName().toString();
                if (DIGEST_FOLDER.matcher(name).matches() && !keep.contains(name)) {
                    Folders.deleteTree(f);
                    deleted++;
                }
            }
        } catch (IOException e) {
            throw new KysException("cannot prune the feature cache " + root + ": " + e.getMessage(), e);
        }
        return deleted;
    }

    /** The folder of this checkpoint's entries. */
    public Path folder() {
        return folder;
    }

    /** Image sets computed by the network (and stored) through this cache so far, detector scores included. */
    public int computed() {
        return computed;
    }

    /** Image sets read back from earlier runs through this cache so far, detector scores included. */
    public int reused() {
        return reused;
    }

    /**
     * The stored outputs of {@code images} when an entry with this key exists, otherwise the
     * network's, stored for next time. An empty set is not stored.
     */
    @Override
    public Inference.Outputs outputs(String name, ImageSet images, ProgressListener progress) {
        if (images.size() == 0) {
            return model.infer(images, progress);
        }
        String md5 = images.md5();
        Path stem = stem(name, md5, "");
        Optional<Inference.Outputs> stored = lookup(stem, md5, null, images.size(), e -> {
            float[] features = floats(file(stem, ".features.npy"), e.count(), e.dimension());
            float[] logits = floats(file(stem, ".logits.npy"), e.count(), e.classes());
            return new Inference.Outputs(e.count(), e.classes(), e.dimension(), logits, features);
        });
        if (stored.isPresent()) {
            reused++;
            return stored.get();
        }
        Inference.Outputs out = model.infer(images, progress);
        AtomicFiles.write(file(stem, ".features.npy"), NpyWriter.float32(out.features(), out.count(), out.dimension()));
        AtomicFiles.write(file(stem, ".logits.npy"), NpyWriter.float32(out.logits(), out.count(), out.classes()));
        writeEntry(stem, new Entry(FORMAT, weights, md5, name, null, out.count(), out.classes(), out.dimension()));
        computed++;
        return out;
    }

    /** The stored scores of this detector key when an entry exists, otherwise {@code compute}'s, stored. */
    @Override
    public double[] detectorScores(String name, ImageSet images, String key, Supplier<double[]> compute) {
        if (images.size() == 0) {
            return compute.get();
        }
        String md5 = images.md5();
        Path stem = stem(name, md5, "." + fileName(key));
        Optional<double[]> stored = lookup(stem, md5, key, images.size(), e -> {
            NpyArray a = NpyReader.read(file(stem, ".scores.npy"));
            if (a.ndim() != 1 || a.dim(0) != e.count()) {
                throw new KysException(stem + " scores have shape " + a.shapeString() + ", its entry says " + e.count());
            }
            return a.toDoubleArray();
        });
        if (stored.isPresent()) {
            reused++;
            return stored.get();
        }
        double[] scores = compute.get();
        AtomicFiles.write(file(stem, ".scores.npy"), NpyWriter.float64(scores, scores.length));
        writeEntry(stem, new Entry(FORMAT, weights, md5, name, key, scores.length, 0, 0));
        computed++;
        return scores;
    }

    private Path stem(String name, String md5, String suffix) {
        return folder.resolve(fileName(name) + "-" + md5.substring(0, DIGEST_CHARS) + suffix);
    }

    /**
     * The arrays of the entry at {@code stem}, read by {@code arrays}, when its key matches; empty
     * when there is none, it has another key, or anything is damaged (it is then computed again).
     */
    private <T> Optional<T> lookup(Path stem, String md5, String detector, int count, Function<Entry, T> arrays) {
        Path json = file(stem, ".json");
        if (!Files.isRegularFile(json)) {
            return Optional.empty();
        }
        try {
            Entry e = GSON.fromJson(Files.readString(json), Entry.class);
            boolean same = e != null && FORMAT.equals(e.format()) && weights.equals(e.weightsSha256())
                    && md5.equals(e.imagesMd5()) && Objects.equals(detector, e.detector()) && e.count() == count;
            return same ? Optional.of(arrays.apply(e)) : Optional.empty();
        } catch (IOException | RuntimeException damaged) {
            return Optional.empty();
        }
    }

    private static void writeEntry(Path stem, Entry entry) {
        AtomicFiles.writeString(file(stem, ".json"), GSON.toJson(entry));
    }

    private static float[] floats(Path file, int rows, int cols) {
        NpyArray a = NpyReader.read(file);
        if (a.ndim() != 2 || a.dim(0) != rows || a.dim(1) != cols) {
            throw new KysException(file + " has shape " + a.shapeString() + ", its entry says " + rows + " x " + cols);
        }
        return a.toFloatArray();
    }

    private static Path file(Path stem, String suffix) {
        return stem.resolveSibling(stem.getFileName() + suffix);
    }

    /** A set's name as a file name: letters, digits, '.', '_' and '-' kept, anything else '_'. */
    static String fileName(String name) {
        String safe = Objects.requireNonNull(name, "name").replaceAll("[^A-Za-z0-9._-]", "_");
        return safe.isEmpty() || safe.startsWith(".") ? "_" + safe : safe;
    }
}
