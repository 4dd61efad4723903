package io.kys.experiment;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import io.kys.AtomicFiles;
import io.kys.JsonLabels;
import io.kys.KysException;
import io.kys.ood.OodEvaluator;
import io.kys.ood.OodKind;
import io.kys.ood.OodSetResult;
import io.kys.ood.ScoreFiles;
import io.kys.ood.detect.DetectorSpec;
import io.kys.train.Protocol;
import io.kys.train.RunDirectory;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The finished cells of a reproduction grid on disk:
 * {@code <out>/cells/<preset>/<dataset>/<protocol>-s<seed>/} holds the reference's score files
 * ({@code <ood-set>/scores_<detector>_In.txt}, {@code _Out.txt}) and {@code results.csv/json}, then
 * {@code cell.json}, written last and atomically: a cell is finished exactly when its
 * {@code cell.json} exists, so a killed grid never takes a half-written cell for a finished one.
 */
public final class CellStore {
    /** The file whose presence marks a finished cell. */
    public static final String CELL_FILE = "cell.json";

    private static final Gson GSON = JsonLabels.register(JsonLabels.register(
                    new GsonBuilder().setPrettyPrinting().serializeSpecialFloatingPointValues(),
                    Protocol.class, Protocol::cliName, Protocol::parse),
                    OodKind.class, OodKind::label, OodKind::parse)
            .create();

    private final Path root;
    private final String preset;

    /**
     * @param outDir the grid's output folder
     * @param preset name of the budget; cells of other budgets are kept apart
     */
    public CellStore(Path outDir, String preset) {
        this.root = outDir.resolve("cells").resolve(preset);
        this.preset = preset;
    }

    /** The folder of one cell. */
    public Path folder(GridCell cell) {
        return root.resolve(cell.dataset()).resolve(cell.protocol().cliName() + "-s" + cell.seed());
    }

    /** The recorded result of a cell, or empty when the cell is not finished. */
    public Optional<CellResult> read(GridCell cell) {
        Path file = folder(cell).resolve(CELL_FILE);
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        CellResult r;
        try {
            r = GSON.fromJson(Files.readString(file), CellResult.class);
        } catch (IOException | RuntimeException e) {
            throw new KysException("cannot read finished cell " + file + ": " + e.getMessage()
                    + "; delete that file to compute the cell again", e);
        }
        if (r == null || r.ood() == null || r.config() == null || !r.cell().equals(cell) || !preset.equals(r.preset())) {
            throw new KysException(file + " does not describe " + cell.label() + " with preset " + preset
                    + "; delete that file to compute the cell again");
        }
        return Optional.of(r);
    }

    /**
     * Records a finished cell: score files and result tables first, {@code cell.json} last.
     *
     * @param result the cell's metrics
     * @param evaluation the detectors' results with their scores (written in the reference's format)
     * @param runName the run folder the checkpoint came from
     */
    public void write(CellResult result, OodEvaluator.Evaluation evaluation, String runName) {
        Path folder = folder(result.cell());
        List<String> labels = result.detectors() == null ? evaluation.names() : result.detectors();
        ResultFiles.write(new DetectReport(result.dataset(), result.model(), runName, RunDirectory.BEST, evaluation,
                labels, folder));
        AtomicFiles.writeString(folder.resolve(CELL_FILE), GSON.toJson(result));
    }

    /**
     * The scores of one detector (by label) on a finished cell, read back from its score files, for
     * histograms; empty when the detector failed or a score file is missing (e.g. deleted by hand).
     */
    public Optional<List<OodSetResult>> detections(CellResult result, String detector) {
        Path folder = folder(result.cell());
        String name = DetectorSpec.nameOf(detector);
        List<OodSetResult> out = new ArrayList<>();
        for (CellResult.OodRow row : result.rows(detector)) {
            Path in = ResultFiles.scoreFile(folder, row.oodSet(), name, "In");
            Path ood = ResultFiles.scoreFile(folder, row.oodSet(), name, "Out");
            if (!Files.isRegularFile(in) || !Files.isRegularFile(ood)) {
                return Optional.empty();
            }
            out.add(new OodSetResult(row.oodSet(), row.kind(), name, ScoreFiles.read(in), ScoreFiles.read(ood),
                    row.metrics(), null));
        }
        return out.isEmpty() ? Optional.empty() : Optional.of(out);
    }
}
