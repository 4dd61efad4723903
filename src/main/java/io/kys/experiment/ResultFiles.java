package io.kys.experiment;

import com.google.gson.GsonBuilder;
import io.kys.AtomicFiles;
import io.kys.ood.DetectionResult;
import io.kys.ood.OodResult;
import io.kys.ood.ScoreFiles;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Writes a detection report's score files, {@code results.csv} and {@code results.json}. */
public final class ResultFiles {
    /** Header of {@code results.csv}. */
    public static final String CSV_HEADER = "dataset,model,run,checkpoint,ood_set,kind,score,n_id,n_ood,"
            + "auroc,auroc_low,auroc_high,aupr_in,aupr_out,fpr_at_95_tpr,detection_error,id_balanced_acc";

    private ResultFiles() { }

    /** Writes all files of {@code report} under its folder. */
    public static void write(DetectReport report) {
        try {
            Files.createDirectories(report.folder());
            StringBuilder csv = new StringBuilder(CSV_HEADER).append('\n');
            List<Map<String, Object>> json = new ArrayList<>();
            for (DetectionResult r : report.results()) {
                Path dir = report.folder().resolve(r.oodSet());
                Files.createDirectories(dir);
                ScoreFiles.write(dir.resolve("scores_" + r.score().id() + "_In.txt"), r.idScores());
                ScoreFiles.write(dir.resolve("scores_" + r.score().id() + "_Out.txt"), r.oodScores());
                OodResult m = r.metrics();
                double lo = r.aurocInterval() == null ? Double.NaN : r.aurocInterval().low();
                double hi = r.aurocInterval() == null ? Double.NaN : r.aurocInterval().high();
                csv.append(String.join(",", report.dataset(), report.model(), report.runName(), report.checkpoint(),
                        r.oodSet(), r.kind(), r.score().id(), Integer.toString(r.idScores().length),
                        Integer.toString(r.oodScores().length), num(m.auroc()), num(lo), num(hi), num(m.auprIn()),
                        num(m.auprOut()), num(m.fprAt95Tpr()), num(m.detectionError()),
                        num(report.idBalancedAccuracy()))).append('\n');
                Map<String, Object> row = new LinkedHashMap<>();
                row.put("ood_set", r.oodSet());
                row.put("kind", r.kind());
                row.put("score", r.score().id());
                row.put("auroc", m.auroc());
                if (r.aurocInterval() != null) {
                    row.put("auroc_ci", List.of(lo, hi));
                }
                row.put("aupr_in", m.auprIn());
                row.put("aupr_out", m.auprOut());
                row.put("fpr_at_95_tpr", m.fprAt95Tpr());
                row.put("detection_error", m.detectionError());
                json.add(row);
            }
            Map<String, Object> top = new LinkedHashMap<>();
            top.put("dataset", report.dataset());
            top.put("model", report.model());
            top.put("run", report.runName());
            top.put("checkpoint", report.checkpoint());
            top.put("id_balanced_accuracy", report.idBalancedAccuracy());
            top.put("results", json);
            AtomicFiles.writeString(report.folder().resolve("results.csv"), csv);
            AtomicFiles.writeString(report.folder().resolve("results.json"),
                    new GsonBuilder().setPrettyPrinting().serializeSpecialFloatingPointValues().create().toJson(top));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write results in " + report.folder() + ": " + e.getMessage(), e);
        }
    }

    private static String num(double v) {
        return Double.isNaN(v) ? "" : Double.toString(v);
    }
}
