package io.kys.notebook;

import io.kys.ood.DetectionResult;
import io.kys.ood.OodEvaluator;
import io.kys.ood.OodResult;
import io.kys.ood.ScorePair;
import io.kys.report.Html;
import io.kys.report.NamedValues;
import io.kys.report.RocChart;
import io.kys.report.ScoreHistogram;
import io.kys.report.TableHtml;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;
import tech.tablesaw.plotly.components.Figure;

/**
 * One model's OOD evaluation as the paper pictures it: a metrics table per OOD set, the ROC
 * curves of ID vs each OOD set, and the histograms of the energy of ID and OOD test images.
 * Made by {@link TrainedModel#evaluate()}.
 */
public final class EvaluationView implements Displayable {
    private final String title;
    private final OodEvaluator.Evaluation evaluation;

    EvaluationView(String title, OodEvaluator.Evaluation evaluation) {
        this.title = title;
        this.evaluation = evaluation;
    }

    /** The evaluation: ID balanced accuracy, one result (scores and metrics) per OOD set. */
    public OodEvaluator.Evaluation evaluation() {
        return evaluation;
    }

    /** Balanced accuracy of the classifier on the ID test images. */
    public double idBalancedAccuracy() {
        return evaluation.idBalancedAccuracy();
    }

    /** One row per OOD set: kind, image counts and the five OOD metrics (ID is the positive class). */
    public Table metrics() {
        List<DetectionResult> results = evaluation.results();
        Table table = Table.create("OOD detection, " + title,
                StringColumn.create("OOD set", results.stream().map(DetectionResult::oodSet).toList()),
                StringColumn.create("kind", results.stream().map(DetectionResult::kind).toList()),
                IntColumn.create("ID images", results.stream().mapToInt(r -> r.idScores().length).toArray()),
                IntColumn.create("OOD images", results.stream().mapToInt(r -> r.oodScores().length).toArray()));
        OodResult.displayNames().forEach((key, name) -> table.addColumns(DoubleColumn.create(name,
                results.stream().mapToDouble(r -> r.metrics().asMap().get(key)).toArray())));
        return table;
    }

    /** ROC curves of the ID test images against each OOD set, negative energy as the score. */
    public Figure roc() {
        List<ScorePair> pairs = evaluation.results().stream()
                .map(r -> new ScorePair(r.oodSet(), r.idScores(), r.oodScores())).toList();
        return RocChart.figure("ROC: ID test vs OOD, " + title, pairs);
    }

    /**
     * Density histograms of the energy {@code E(x) = -T logsumexp(logits / T)} of the ID test
     * images and of each OOD set: a calibrated detector separates them.
     */
    public Figure energyHistogram() {
        List<NamedValues> sets = new ArrayList<>();
        List<DetectionResult> results = evaluation.results();
        if (!results.isEmpty()) {
            sets.add(new NamedValues("ID test", negated(results.get(0).idScores())));
        }
        for (DetectionResult r : results) {
            sets.add(new NamedValues(r.oodSet(), negated(r.oodScores())));
        }
        return ScoreHistogram.figure("Energy of ID and OOD test images, " + title, "energy (lower = more in-distribution)", sets);
    }

    private static double[] negated(double[] scores) {
        double[] energies = new double[scores.length];
        for (int i = 0; i < scores.length; i++) {
            energies[i] = -scores[i];
        }
        return energies;
    }

    /** The balanced accuracy, the table, the ROC curves and the histograms. */
    @Override
    public DisplayContent toDisplay() {
        String html = "<div>" + Html.escape(headline()) + "</div>\n"
                + TableHtml.of(metrics(), 4) + "\n"
                + FigureDisplay.content(roc()).get(DisplayContent.HTML).orElse("") + "\n"
                + FigureDisplay.content(energyHistogram()).get(DisplayContent.HTML).orElse("");
        return DisplayContent.html(html).with(DisplayContent.TEXT, headline() + "\n" + metrics().print());
    }

    private String headline() {
        return String.format(Locale.ROOT, "%s: ID test balanced accuracy %.3f", title, evaluation.idBalancedAccuracy());
    }
}
