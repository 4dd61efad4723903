package io.kys.train;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import com.google.gson.JsonObject;
import io.kys.AtomicFiles;
import io.kys.Folders;
import io.kys.KysException;
import io.kys.model.Checkpoints;
import io.kys.model.ClassifierModel;
import io.kys.model.FeatureCache;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The folder of one training run, {@code <ckpt-dir>/<model>/<dataset>/<name>/}:
 * {@code config.json} (configuration, split, data MD5s), {@code log.csv}, and two checkpoint
 * folders {@code best/} and {@code last/}. A checkpoint folder is written whole under a temporary
 * name and then swapped in by renames, so a crash leaves either the old or the new checkpoint,
 * never a mix.
 */
public final class RunDirectory {
    /** Name of the best-validation checkpoint folder. */
    public static final String BEST = "best";
    /** Name of the latest-epoch checkpoint folder. */
    public static final String LAST = "last";
    /** File of the resumable state inside a checkpoint folder. */
    public static final String STATE = "state.json";

    private static final Gson GSON = new GsonBuilder().setPrettyPrinting()
            .serializeSpecialFloatingPointValues().create();

    private final Path root;

    /** The run folder at {@code root} (not created until something is written). */
    public RunDirectory(Path root) {
        this.root = root;
    }

    /** The conventional folder of a run: {@code ckptDir/model/dataset/name}. */
    public static RunDirectory of(Path ckptDir, String model, String dataset, String name) {
        return new RunDirectory(ckptDir.resolve(model).resolve(dataset).resolve(name));
    }

    /** The run's folder. */
    public Path root() {
        return root;
    }

    /**
     * Deletes the cached network outputs ({@link FeatureCache}) of weights that neither the best
     * nor the last checkpoint holds any more, e.g. those of an earlier best epoch after training
     * went on.
     *
     * @return how many checkpoints' cached outputs were deleted
     */
    public int pruneFeatureCache() {
        List<String> keep = new ArrayList<>();
        for (String which : List.of(BEST, LAST)) {
            Path dir = checkpoint(which);
            if (Checkpoints.exists(dir, ClassifierModel.CHECKPOINT_NAME)) {
                keep.add(Checkpoints.recordedWeightsSha256(dir, ClassifierModel.CHECKPOINT_NAME));
            }
        }
        return FeatureCache.pruneExcept(root, keep);
    }

    /** A checkpoint folder, {@link #BEST} or {@link #LAST}; falls back to a half-swapped previous one. */
    public Path checkpoint(String which) {
        Path dir = root.resolve(which);
        Path previous = root.resolve(which + ".old");
        if (!Files.isDirectory(dir) && Files.isDirectory(previous)) {
            return previous;
        }
        return dir;
    }

    /** True when a last checkpoint with its state exists. */
    public boolean hasCheckpoint() {
        return Files.isRegularFile(checkpoint(LAST).resolve(STATE));
    }

    /** Writes a checkpoint folder atomically: {@code writer} fills a fresh temporary folder. */
    public void writeCheckpoint(String which, CheckpointWriter writer) {
        try {
            Files.createDirectories(root);
            Path tmp = root.resolve(which + ".tmp");
            Folders.deleteTree(tmp);
            Files.createDirectories(tmp);
            writer.write(tmp);
            Path dir = root.resolve(which);
            Path old = root.resolve(which + ".old");
            Folders.deleteTree(old);
            if (Files.exists(dir)) {
                move(dir, old);
            }
            move(tmp, dir);
            Folders.deleteTree(old);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write checkpoint in " + root + ": " + e.getMessage(), e);
        }
    }

    /** Writes a text file of the run atomically. */
    public void writeText(String fileName, String text) {
        AtomicFiles.writeString(root.resolve(fileName), text);
    }

    /** Writes {@code config.json}. */
    public void writeConfig(Map<String, Object> config) {
        writeText("config.json", GSON.toJson(config));
    }

    /** Writes the CSV log of all epochs so far. */
    public void writeLog(List<EpochRecord> epochs) {
        StringBuilder sb = new StringBuilder(EpochRecord.CSV_HEADER).append('\n');
        for (EpochRecord r : epochs) {
            sb.append(r.csvRow()).append('\n');
        }
        writeText("log.csv", sb.toString());
    }

    /**
     * The run's whole {@code config.json} (configuration, split, data MD5s).
     *
     * @throws KysException when the run was never trained or the file is unreadable
     */
    public JsonObject configJson() {
        Path file = root.resolve("config.json");
        if (!Files.isRegularFile(file)) {
            throw new KysException("no trained run at " + root + "; train it first with `kys train`");
        }
        try {
            return new Gson().fromJson(Files.readString(file), JsonObject.class);
        } catch (IOException | RuntimeException e) {
            throw new KysException("cannot read " + file + ": " + e.getMessage(), e);
        }
    }

    /**
     * The training configuration recorded in {@code config.json} (the {@link TrainConfig#describe()}
     * names and values), or empty when the folder has none.
     *
     * @throws KysException if the file exists but cannot be read
     */
    public Optional<Map<String, String>> storedConfig() {
        Path file = root.resolve("config.json");
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        try {
            JsonObject json = GSON.fromJson(Files.readString(file), JsonObject.class);
            JsonObject config = json == null ? null : json.getAsJsonObject("config");
            if (config == null) {
                return Optional.empty();
            }
            Map<String, String> out = new LinkedHashMap<>();
            config.entrySet().forEach(e -> out.put(e.getKey(), e.getValue().getAsString()));
            return Optional.of(out);
        } catch (IOException | RuntimeException e) {
            throw new KysException("cannot read " + file + ": " + e.getMessage(), e);
        }
    }

    /** Writes a resumable state object as JSON into a checkpoint folder being written. */
    public static void writeState(Path checkpointDir, TrainingState state) {
        AtomicFiles.writeString(checkpointDir.resolve(STATE), GSON.toJson(state));
    }

    /** Reads the state of a checkpoint folder. */
    public static TrainingState readState(Path checkpointDir) {
        Path file = checkpointDir.resolve(STATE);
        try {
            return GSON.fromJson(Files.readString(file), TrainingState.class);
        } catch (IOException | RuntimeException e) {
            throw new KysException("cannot read checkpoint state " + file + ": " + e.getMessage(), e);
        }
    }

    private static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    /** Fills a temporary checkpoint folder. */
    @FunctionalInterface
    public interface CheckpointWriter {
        /** Writes the checkpoint's files into {@code dir}. */
        void write(Path dir) throws IOException;
    }
}
