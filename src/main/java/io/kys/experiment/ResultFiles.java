package io.kys.experiment;

import com.google.gson.GsonBuilder;
import io.kys.AtomicFiles;
import io.kys.ood.DetectorOutcome;
import io.kys.ood.OodMetrics;
import io.kys.ood.OodSetResult;
import io.kys.ood.ScoreFiles;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Writes a detection report's score files ({@code <ood-set>/scores_<detector>_In.txt} and
 * {@code _Out.txt} per detector that ran), {@code results.csv} (one row per detector and OOD set,
 * and one per failed detector, with its reason) and {@code results.json}.
 */
public final class ResultFiles {
    /** Header of {@code results.csv}. */
    public static final String CSV_HEADER = "dataset,model,run,checkpoint,ood_set,kind,detector,n_id,n_ood,"
            + "auroc,auroc_low,auroc_high,aupr_in,aupr_out,fpr_at_95_tpr,detection_error,id_balanced_acc,failure";

    private ResultFiles() { }

    /** The file of one detector's scores of one side ({@code In} or {@code Out}) in an OOD set's folder. */
    public static Path scoreFile(Path folder, String oodSet, String detector, String side) {
        return folder.resolve(oodSet).resolve("scores_" + detector + "_" + side + ".txt");
    }

    /** Writes all files of {@code report} under its folder. */
    public static void write(DetectReport report) {
        StringBuilder csv = new StringBuilder(CSV_HEADER).append('\n');
        List<Map<String, Object>> json = new ArrayList<>();
        List<Map<String, Object>> failures = new ArrayList<>();
        String bacc = num(report.idBalancedAccuracy());
        String run = String.join(",", report.dataset(), report.model(), report.runName(), report.checkpoint());
        for (DetectorOutcome outcome : report.evaluation().detectors()) {
            if (outcome.failed()) {
                csv.append(run).append(",,,").append(outcome.detector()).append(",,,,,,,,,,").append(bacc).append(',')
                        .append(quoted(outcome.failure())).append('\n');
                Map<String, Object> failure = new LinkedHashMap<>();
                failure.put("detector", outcome.detector());
                failure.put("reason", outcome.failure());
                failures.add(failure);
                continue;
            }
            for (OodSetResult r : outcome.results()) {
                ScoreFiles.write(scoreFile(report.folder(), r.oodSet(), r.detector(), "In"), r.idScores());
                ScoreFiles.write(scoreFile(report.folder(), r.oodSet(), r.detector(), "Out"), r.oodScores());
                OodMetrics m = r.metrics();
                double lo = r.aurocInterval() == null ? Double.NaN : r.aurocInterval().low();
                double hi = r.aurocInterval() == null ? Double.NaN : r.aurocInterval().high();
                csv.append(String.join(",", run, r.oodSet(), r.kind().label(), r.detector(),
                        Integer.toString(r.idScores().length), Integer.toString(r.oodScores().length), num(m.auroc()),
                        num(lo), num(hi), num(m.auprIn()), num(m.auprOut()), num(m.fprAt95Tpr()),
                        num(m.detectionError()), bacc)).append(",\n");
                json.add(jsonRow(r, lo, hi));
            }
        }
        Map<String, Object> top = new LinkedHashMap<>();
        top.put("dataset", report.dataset());
        top.put("model", report.model());
        top.put("run", report.runName());
        top.put("checkpoint", report.checkpoint());
        top.put("id_balanced_accuracy", report.idBalancedAccuracy());
        top.put("detectors", report.labels());
        top.put("results", json);
        top.put("failures", failures);
        AtomicFiles.writeString(report.folder().resolve("results.csv"), csv);
        AtomicFiles.writeString(report.folder().resolve("results.json"),
                new GsonBuilder().setPrettyPrinting().serializeSpecialFloatingPointValues().create().toJson(top));
    }

    private static Map<String, Object> jsonRow(OodSetResult r, double lo, double hi) {
        OodMetrics m = r.metrics();
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("ood_set", r.oodSet());
        row.put("kind", r.kind().label());
        row.put("detector", r.detector());
        row.put("auroc", m.auroc());
        if (r.aurocInterval() != null) {
            row.put("auroc_ci", List.of(lo, hi));
        }
        row.put("aupr_in", m.auprIn());
        row.put("aupr_out", m.auprOut());
        row.put("fpr_at_95_tpr", m.fprAt95Tpr());
        row.put("detection_error", m.detectionError());
        return row;
    }

    /** A CSV field that may hold commas or quotes. */
    static String quoted(String text) {
        return "\"" + text.replace("\"", "\"\"") + "\"";
    }

    private static String num(double v) {
        return Double.isNaN(v) ? "" : Double.toString(v);
    }
}
