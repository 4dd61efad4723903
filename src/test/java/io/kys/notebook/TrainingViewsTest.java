package io.kys.notebook;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.kys.experiment.Budget;
import io.kys.KysException;
import io.kys.experiment.ProtocolRun;
import io.kys.ood.OodKind;
import io.kys.ood.OodSetResult;
import io.kys.ood.DetectorOutcome;
import io.kys.ood.OodEvaluator;
import io.kys.ood.OodMetrics;
import io.kys.report.Series;
import io.kys.train.EpochRecord;
import io.kys.train.Protocol;
import io.kys.train.TrainConfig;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import tech.tablesaw.api.Table;
import tech.tablesaw.plotly.components.Figure;

/** The live training plot and the result views, fed with made-up records. */
class TrainingViewsTest {
    /** The mark of a figure's div. */
    private static final String FIGURE = "class=\"kys-figure\"";
    @RegisterExtension
    final RecordingSink sink = new RecordingSink();

    static EpochRecord epoch(int n, double inlierMargin) {
        return new EpochRecord(n, 1e-3, 1.0 + 0.1 * inlierMargin, 1.0 / n, inlierMargin, 0.5, 0.9, 0.01, -20, -7, -1.0 * n,
                Double.isNaN(inlierMargin) ? Double.NaN : -2.0 * n, -0.5, 0.5, 0.4 + 0.01 * n, 0.6, 0, 1.0);
    }

    @Test
    void figuresAppearWithTheFirstEpochAndAreRedrawnInPlace() {
        TrainConfig config = Budget.SMALL.base();
        TrainingPlot plot = TrainingPlot.start(config);
        plot.start("epoch 1/3", 6);
        plot.progress(6, "loss 1.0");
        plot.onEpoch(epoch(1, Double.NaN));
        plot.onEpoch(epoch(2, 300));
        plot.onEpoch(epoch(3, 250));
        plot.finish(List.of(epoch(1, Double.NaN), epoch(2, 300), epoch(3, 250)));

        List<RecordingSink.Event> shownFigures = sink.events.stream()
                .filter(e -> !e.update() && e.content().get(DisplayContent.HTML).orElse("").contains(FIGURE))
                .toList();
        assertEquals(3, shownFigures.size(), "loss, energy and active-hinge figures shown once each");
        for (RecordingSink.Event figure : shownFigures) {
            long redraws = sink.events.stream().filter(e -> e.update() && figure.displayId().equals(e.displayId())).count();
            assertEquals(2, redraws, "redrawn after epochs 2 and 3");
        }
        RecordingSink.Event last = sink.events.get(sink.events.size() - 1);
        assertTrue(last.update() && last.content().plainText().orElseThrow().contains("3 epochs"), last.toString());
    }

    @Test
    void termsAProtocolDoesNotComputeAreLeftOutOfTheCurves() {
        Series series = TrainingPlot.curve("inlier", List.of(epoch(1, Double.NaN), epoch(2, 3), epoch(3, 2)),
                EpochRecord::inlierMargin);
        assertEquals(2, series.x().length);
        assertEquals(2.0, series.x()[0]);
        assertEquals(3.0, series.y()[0]);
    }

    @Test
    void theBaselineHasNoActiveHingeFigure() {
        TrainingPlot plot = TrainingPlot.start(Budget.SMALL.base().toBuilder()
                .protocol(Protocol.BASELINE).build());
        plot.finish(List.of(epoch(1, Double.NaN), epoch(2, Double.NaN)));
        assertEquals(2, sink.events.stream().filter(e -> !e.update()
                && e.content().get(DisplayContent.HTML).orElse("").contains(FIGURE)).count());
    }

    @Test
    void activeHingesArePlottedAsPercentages() {
        Figure f = TrainingPlot.activeFigure(List.of(epoch(1, Double.NaN), epoch(2, 100)),
                Budget.SMALL.base());
        String json = f.asJavascript("x");
        assertTrue(json.contains("inliers with E &gt; m_in") || json.contains("inliers with E > m_in"), json);
        assertTrue(json.contains("90"), "0.9 shown as 90 %");
    }

    @Test
    void aReusedRunDrawsItsFiguresFromTheRecords() {
        TrainingPlot plot = TrainingPlot.start(Budget.SMALL.base());
        plot.finish(List.of(epoch(1, Double.NaN), epoch(2, 100)));
        assertEquals(3, sink.events.stream().filter(e -> !e.update()
                && e.content().get(DisplayContent.HTML).orElse("").contains(FIGURE)).count());
    }

    private static ProtocolRun run(Protocol protocol, double shift, Random random) {
        double[] id = gaussian(random, 200, 1 + shift);
        List<OodSetResult> results = new ArrayList<>();
        results.add(result("retina-novel", OodKind.NOVEL_CLASS, id, gaussian(random, 100, 0.5)));
        results.add(result("breastmnist", OodKind.MODALITY_SHIFT, id, gaussian(random, 100, -2)));
        List<OodSetResult> msp = results.stream().map(r -> new OodSetResult(r.oodSet(), r.kind(), "msp",
                r.idScores(), r.oodScores(), r.metrics(), null)).toList();
        return new ProtocolRun(protocol, 0, List.of(epoch(1, Double.NaN)),
                new OodEvaluator.Evaluation(0.5 + shift / 10, List.of(DetectorOutcome.of("energy", results, 0.1),
                        DetectorOutcome.of("msp", msp, 0.1),
                        DetectorOutcome.failed("knn", "k = 50 needs at least 50 training features, got 10", 0.0))), 1.0);
    }

    private static OodSetResult result(String name, OodKind kind, double[] id, double[] ood) {
        return new OodSetResult(name, kind, "energy", id, ood, OodMetrics.of(id, ood), null);
    }

    private static double[] gaussian(Random random, int n, double mean) {
        double[] v = new double[n];
        for (int i = 0; i < n; i++) {
            v[i] = mean + random.nextGaussian();
        }
        return v;
    }

    @Test
    void comparisonShowsTableBarsAndThePapersRadarInPercent() {
        Random random = new Random(4);
        ComparisonView view = new ComparisonView("retinamnist",
                List.of(run(Protocol.BASELINE, 0, random), run(Protocol.OURS, 1, random)));
        assertEquals(3, view.table().rowCount());
        String radar = view.radar().orElseThrow().asJavascript("kys_fig_x");
        assertTrue(radar.contains("scatterpolar") && radar.contains("novel-class AUROC"), radar);
        assertTrue(radar.contains("60.0"), "ours' balanced accuracy 0.6 shows as 60.0 percent: " + radar);
        DisplayContent content = view.toDisplay();
        assertEquals(3, content.get(DisplayContent.HTML).orElseThrow().split(FIGURE, -1).length - 1,
                "bars, radar and the protocol x detector heatmap");
        assertTrue(content.plainText().orElseThrow().contains("ours AUROC"));
    }

    @Test
    void withoutNovelClassesThereIsNoRadar() {
        Random random = new Random(5);
        ProtocolRun full = run(Protocol.OURS, 1, random);
        ProtocolRun modalityOnly = new ProtocolRun(full.protocol(), 0, full.epochs(), new OodEvaluator.Evaluation(0.5,
                List.of(DetectorOutcome.of("energy", full.evaluation().results().subList(1, 2), 0.1))), 1.0);
        assertFalse(new ComparisonView("pneumoniamnist", List.of(modalityOnly)).radar().isPresent());
    }

    @Test
    void evaluationShowsMetricsRocAndEnergiesOfIdAndEachOodSet() {
        ProtocolRun run = run(Protocol.OURS, 1, new Random(6));
        EvaluationView view = new EvaluationView("test", run.evaluation());
        assertEquals(2, view.metrics().rowCount());
        assertEquals(run.evaluation().results().get(1).metrics().auroc(),
                view.metrics().doubleColumn("AUROC").get(1), 0);
        String histogram = view.energyHistogram().asJavascript("kys_fig_h");
        assertTrue(histogram.contains("\"ID test\"") && histogram.contains("\"breastmnist\""), histogram);
        assertTrue(view.roc().asJavascript("kys_fig_r").contains("retina-novel (AUROC"));
    }

    @Test
    void severalDetectorsShowOneRowEachWithTheFailedOneAndItsReason() {
        ProtocolRun run = run(Protocol.OURS, 1, new Random(7));
        EvaluationView view = new EvaluationView("test", run.evaluation());
        Table detectors = view.detectors();
        assertEquals(List.of("energy", "msp", "knn"), detectors.stringColumn("detector").asList());
        assertEquals("failed: k = 50 needs at least 50 training features, got 10", detectors.stringColumn("status").get(2));
        assertEquals("–", detectors.stringColumn("breastmnist AUROC").get(2));
        assertTrue(view.bars().asJavascript("kys_fig_b").contains("msp"));
        assertTrue(view.histogram("msp").asJavascript("kys_fig_m").contains("msp score"));
        KysException failed = assertThrows(KysException.class, () -> view.histogram("knn"));
        assertTrue(failed.getMessage().contains("knn failed: k = 50"), failed.getMessage());
        assertEquals(1, view.toDisplay().get(DisplayContent.HTML).orElseThrow().split(FIGURE, -1).length - 1, "the bars");
    }

    @Test
    void comparisonCrossesProtocolsWithDetectors() {
        Random random = new Random(8);
        ComparisonView view = new ComparisonView("retinamnist",
                List.of(run(Protocol.BASELINE, 0, random), run(Protocol.OURS, 1, random)));
        Table t = view.detectorTable();
        assertEquals(List.of("protocol", "energy", "msp", "knn"), t.columnNames());
        assertEquals("failed", t.stringColumn("knn").get(1));
        String heatmap = view.heatmap().asJavascript("kys_fig_hm");
        assertTrue(heatmap.contains("\"type\":\"heatmap\"") && heatmap.contains("\"ours\""), heatmap);
        assertEquals(3, view.evaluation("ours").detectors().rowCount());
        assertThrows(KysException.class, () -> view.evaluation("nda"));
    }
}
