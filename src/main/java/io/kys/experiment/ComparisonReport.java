package io.kys.experiment;

import io.kys.data.UInt8Image;
import io.kys.ood.OodSetResult;
import io.kys.ood.ScorePair;
import io.kys.report.DetectorHistogram;
import io.kys.report.HtmlReport;
import io.kys.report.LineChart;
import io.kys.report.MetricBars;
import io.kys.report.NamedValues;
import io.kys.report.RocChart;
import io.kys.report.Series;
import io.kys.train.EpochRecord;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

/**
 * Tables and a self-contained HTML report comparing protocols trained on the same data: the
 * AUROC table, training curves, ROC curves and energy histograms of ID vs OOD per protocol.
 */
public final class ComparisonReport {
    private ComparisonReport() { }

    /** One row per OOD set, one AUROC and FPR95 column pair per protocol, plus balanced accuracy. */
    public static Table table(String title, List<ProtocolRun> runs) {
        Table t = Table.create(title);
        StringColumn sets = StringColumn.create("OOD set");
        StringColumn kinds = StringColumn.create("kind");
        if (!runs.isEmpty()) {
            for (OodSetResult r : runs.get(0).evaluation().results()) {
                sets.append(r.oodSet());
                kinds.append(r.kind().label());
            }
        }
        sets.append("ID test");
        kinds.append("balanced accuracy");
        t.addColumns(sets, kinds);
        for (ProtocolRun run : runs) {
            DoubleColumn auroc = DoubleColumn.create(run.protocol().cliName() + " AUROC");
            DoubleColumn fpr = DoubleColumn.create(run.protocol().cliName() + " FPR95");
            for (OodSetResult r : run.evaluation().results()) {
                auroc.append(r.metrics().auroc());
                fpr.append(r.metrics().fprAt95Tpr());
            }
            auroc.append(run.evaluation().idBalancedAccuracy());
            fpr.appendMissing();
            t.addColumns(auroc, fpr);
        }
        return t;
    }

    /** The comparison as plain text, for the terminal. */
    public static String text(List<ProtocolRun> runs) {
        StringBuilder sb = new StringBuilder(String.format(Locale.ROOT, "%-24s %-15s", "OOD set", "kind"));
        for (ProtocolRun run : runs) {
            sb.append(String.format(Locale.ROOT, " %16s %8s", run.protocol().cliName() + " AUROC", "FPR95"));
        }
        sb.append('\n');
        List<OodSetResult> first = runs.isEmpty() ? List.of() : runs.get(0).evaluation().results();
        for (int i = 0; i < first.size(); i++) {
            sb.append(String.format(Locale.ROOT, "%-24s %-15s", first.get(i).oodSet(), first.get(i).kind().label()));
            for (ProtocolRun run : runs) {
                OodSetResult r = run.evaluation().results().get(i);
                sb.append(String.format(Locale.ROOT, " %16.4f %8.4f", r.metrics().auroc(), r.metrics().fprAt95Tpr()));
            }
            sb.append('\n');
        }
        sb.append(String.format(Locale.ROOT, "%-40s", "ID balanced accuracy"));
        for (ProtocolRun run : runs) {
            sb.append(String.format(Locale.ROOT, " %16.4f %8s", run.evaluation().idBalancedAccuracy(), ""));
        }
        return sb.append('\n').toString();
    }

    /**
     * The full report.
     *
     * @param title page title
     * @param intro Markdown paragraph saying what was run, at which budget
     * @param runs the protocols compared
     * @param samples a few ID images and what the pixel-outlier pipeline makes of them, shown first
     */
    public static HtmlReport html(String title, String intro, List<ProtocolRun> runs, List<UInt8Image> samples,
                                  List<String> sampleCaptions) {
        HtmlReport.Builder b = HtmlReport.builder(title).text(intro).table(table("AUROC by OOD set", runs));
        if (!samples.isEmpty()) {
            b.text("### ID images and their pixel-space outliers").images(samples, sampleCaptions);
        }
        b.text("### Training");
        b.figure("Cross-entropy per epoch", LineChart.figure("Cross-entropy", "epoch", "CE",
                curves(runs, EpochRecord::crossEntropy)));
        b.figure("Validation balanced accuracy", LineChart.figure("Validation balanced accuracy", "epoch",
                "balanced accuracy", curves(runs, EpochRecord::valBalancedAccuracy)));
        List<String> sets = new ArrayList<>();
        runs.get(0).evaluation().results().forEach(r -> sets.add(r.oodSet()));
        List<NamedValues> bars = new ArrayList<>();
        for (ProtocolRun run : runs) {
            bars.add(new NamedValues(run.protocol().cliName(),
                    run.evaluation().results().stream().mapToDouble(r -> r.metrics().auroc()).toArray()));
        }
        b.figure("AUROC per OOD set", MetricBars.figure("AUROC", sets, bars));
        b.text("### ROC curves and energy histograms");
        for (int i = 0; i < sets.size(); i++) {
            List<ScorePair> pairs = new ArrayList<>();
            for (ProtocolRun run : runs) {
                OodSetResult r = run.evaluation().results().get(i);
                pairs.add(new ScorePair(run.protocol().cliName(), r.idScores(), r.oodScores()));
            }
            b.figure("ROC, ID test vs " + sets.get(i), RocChart.figure("ROC: ID vs " + sets.get(i), pairs));
        }
        for (ProtocolRun run : runs) {
            b.figure("Energy of ID vs OOD images, " + run.protocol().cliName(),
                    DetectorHistogram.figure("Energy, " + run.protocol().cliName(), run.evaluation().results()));
        }
        return b.build();
    }

    private static List<Series> curves(List<ProtocolRun> runs, java.util.function.ToDoubleFunction<EpochRecord> f) {
        List<Series> s = new ArrayList<>();
        for (ProtocolRun run : runs) {
            s.add(Series.overEpochs(run.protocol().cliName(), run.epochs().stream().mapToDouble(f).toArray()));
        }
        return s;
    }
}
