package io.kys.notebook;

import io.kys.KysException;
import io.kys.experiment.DetectorTables;
import io.kys.ood.DetectorOutcome;
import io.kys.ood.OodEvaluator;
import io.kys.ood.OodMetrics;
import io.kys.ood.OodSetResult;
import io.kys.ood.ScorePair;
import io.kys.ood.detect.EnergyDetector;
import io.kys.report.DetectorHistogram;
import io.kys.report.Html;
import io.kys.report.MetricBars;
import io.kys.report.NamedValues;
import io.kys.report.RocChart;
import io.kys.report.TableHtml;
import java.util.List;
import java.util.Locale;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;
import tech.tablesaw.plotly.components.Figure;

/**
 * One model's OOD evaluation as the paper pictures it: a metrics table per OOD set, the ROC
 * curves of ID vs each OOD set, and the histograms of the energy of ID and OOD test images. With
 * several detectors ({@code model.evaluate(Detectors.knn(50), Detectors.vim())}) it also compares
 * them: one detector x OOD set table (failed detectors with their reason) and AUROC bars, and
 * every per-detector figure takes the detector's name. Made by {@link TrainedModel#evaluate()}.
 */
public final class EvaluationView implements Displayable {
    private final String title;
    private final OodEvaluator.Evaluation evaluation;

    EvaluationView(String title, OodEvaluator.Evaluation evaluation) {
        this.title = title;
        this.evaluation = evaluation;
    }

    /** The evaluation: ID balanced accuracy, one outcome (scores and metrics per OOD set) per detector. */
    public OodEvaluator.Evaluation evaluation() {
        return evaluation;
    }

    /** Balanced accuracy of the classifier on the ID test images. */
    public double idBalancedAccuracy() {
        return evaluation.idBalancedAccuracy();
    }

    /** The first detector's metrics table, see {@link #metrics(String)}. */
    public Table metrics() {
        return metrics(evaluation.names().get(0));
    }

    /**
     * One row per OOD set: kind, image counts and the five OOD metrics (ID is the positive class)
     * of {@code detector}.
     *
     * @throws KysException when that detector was not evaluated or failed
     */
    public Table metrics(String detector) {
        List<OodSetResult> results = results(detector);
        Table table = Table.create("OOD detection, " + title + ", " + detector,
                StringColumn.create("OOD set", results.stream().map(OodSetResult::oodSet).toList()),
                StringColumn.create("kind", results.stream().map(r -> r.kind().label()).toList()),
                IntColumn.create("ID images", results.stream().mapToInt(r -> r.idScores().length).toArray()),
                IntColumn.create("OOD images", results.stream().mapToInt(r -> r.oodScores().length).toArray()));
        OodMetrics.displayNames().forEach((key, name) -> table.addColumns(DoubleColumn.create(name,
                results.stream().mapToDouble(r -> r.metrics().asMap().get(key)).toArray())));
        return table;
    }

    /** One row per detector: AUROC and FPR95 per OOD set, the seconds it took, and why it failed if it did. */
    public Table detectors() {
        return DetectorTables.bySet("Detectors on " + title, evaluation, evaluation.names());
    }

    /** Grouped bars: AUROC per OOD set, one bar per detector that ran. */
    public Figure bars() {
        List<NamedValues> values = evaluation.detectors().stream().filter(d -> !d.failed())
                .map(d -> new NamedValues(d.detector(), d.results().stream().mapToDouble(r -> r.metrics().auroc()).toArray()))
                .toList();
        return MetricBars.figure("AUROC per OOD set and detector, " + title, DetectorTables.oodSets(evaluation), values);
    }

    /** ROC curves of the first detector. */
    public Figure roc() {
        return roc(evaluation.names().get(0));
    }

    /** ROC curves of the ID test images against each OOD set, scored by {@code detector}. */
    public Figure roc(String detector) {
        List<ScorePair> pairs = results(detector).stream()
                .map(r -> new ScorePair(r.oodSet(), r.idScores(), r.oodScores())).toList();
        return RocChart.figure("ROC: ID test vs OOD, " + title + ", " + detector, pairs);
    }

    /**
     * Density histograms of the energy {@code E(x) = -T logsumexp(logits / T)} of the ID test
     * images and of each OOD set: a calibrated detector separates them.
     *
     * @throws KysException when the energy detector was not among those evaluated
     */
    public Figure energyHistogram() {
        return histogram(EnergyDetector.NAME);
    }

    /** Density histograms of {@code detector}'s scores of the ID test images and of each OOD set (energy drawn as energy). */
    public Figure histogram(String detector) {
        String what = detector.equals(EnergyDetector.NAME) ? "Energy" : "Scores of " + detector;
        return DetectorHistogram.figure(what + " of ID and OOD test images, " + title, results(detector));
    }

    private List<OodSetResult> results(String detector) {
        DetectorOutcome outcome = evaluation.outcome(detector);
        if (outcome.failed()) {
            throw new KysException("detector " + detector + " failed: " + outcome.failure());
        }
        return outcome.results();
    }

    /**
     * With one detector the balanced accuracy, the table, the ROC curves and the histograms; with
     * several the balanced accuracy, the detector table and the AUROC bars.
     */
    @Override
    public DisplayContent toDisplay() {
        if (evaluation.detectors().size() > 1) {
            String html = "<div>" + Html.escape(headline()) + "</div>\n" + TableHtml.of(detectors(), 4) + "\n"
                    + FigureDisplay.content(bars()).get(DisplayContent.HTML).orElse("");
            return DisplayContent.html(html).with(DisplayContent.TEXT, headline() + "\n" + detectors().print());
        }
        String html = "<div>" + Html.escape(headline()) + "</div>\n"
                + TableHtml.of(metrics(), 4) + "\n"
                + FigureDisplay.content(roc()).get(DisplayContent.HTML).orElse("") + "\n"
                + FigureDisplay.content(histogram(evaluation.names().get(0))).get(DisplayContent.HTML).orElse("");
        return DisplayContent.html(html).with(DisplayContent.TEXT, headline() + "\n" + metrics().print());
    }

    private String headline() {
        return String.format(Locale.ROOT, "%s: ID test balanced accuracy %.3f", title, evaluation.idBalancedAccuracy());
    }
}
