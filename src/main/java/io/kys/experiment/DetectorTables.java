package io.kys.experiment;

import io.kys.ood.DetectorOutcome;
import io.kys.ood.OodEvaluator;
import io.kys.ood.OodSetResult;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

/**
 * The detector x OOD set table of one model, built once for the terminal ({@code kys detect}) and
 * the notebooks: per OOD set the AUROC, its bootstrap interval (when computed) and the FPR at 95%
 * TPR; then the detector's fit-and-score time and, for a detector that failed, why.
 */
public final class DetectorTables {
    /** Shown in the metric cells of a failed detector. */
    public static final String NO_VALUE = "–";

    private DetectorTables() { }

    /**
     * One row per detector.
     *
     * @param title the table's name
     * @param evaluation the outcomes
     * @param labels each detector's label, in the order of the outcomes
     */
    public static Table bySet(String title, OodEvaluator.Evaluation evaluation, List<String> labels) {
        List<String> sets = oodSets(evaluation);
        boolean intervals = evaluation.detectors().stream().flatMap(d -> d.results().stream())
                .anyMatch(r -> r.aurocInterval() != null);
        StringColumn detector = StringColumn.create("detector");
        List<StringColumn> cells = new ArrayList<>();
        for (String set : sets) {
            cells.add(StringColumn.create(set + " AUROC"));
            if (intervals) {
                cells.add(StringColumn.create(set + " 95% CI"));
            }
            cells.add(StringColumn.create(set + " FPR95"));
        }
        StringColumn seconds = StringColumn.create("seconds");
        StringColumn status = StringColumn.create("status");
        for (int d = 0; d < labels.size(); d++) {
            DetectorOutcome outcome = evaluation.detectors().get(d);
            detector.append(labels.get(d));
            int c = 0;
            for (int s = 0; s < sets.size(); s++) {
                OodSetResult r = outcome.failed() ? null : outcome.results().get(s);
                cells.get(c++).append(r == null ? NO_VALUE : f4(r.metrics().auroc()));
                if (intervals) {
                    cells.get(c++).append(r == null || r.aurocInterval() == null ? NO_VALUE
                            : "[" + f4(r.aurocInterval().low()) + ", " + f4(r.aurocInterval().high()) + "]");
                }
                cells.get(c++).append(r == null ? NO_VALUE : f4(r.metrics().fprAt95Tpr()));
            }
            seconds.append(String.format(Locale.ROOT, "%.2f", outcome.seconds()));
            status.append(outcome.failed() ? "failed: " + outcome.failure() : "ok");
        }
        Table t = Table.create(title).addColumns(detector);
        cells.forEach(t::addColumns);
        return t.addColumns(seconds, status);
    }

    /** The OOD set names of an evaluation, from its first detector that ran (all share them). */
    public static List<String> oodSets(OodEvaluator.Evaluation evaluation) {
        return evaluation.detectors().stream().filter(d -> !d.failed()).findFirst()
                .map(d -> d.results().stream().map(OodSetResult::oodSet).toList()).orElse(List.of());
    }

    private static String f4(double v) {
        return String.format(Locale.ROOT, "%.4f", v);
    }
}
