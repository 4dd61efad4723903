package io.kys.notebook;

import io.kys.KysException;
import io.kys.experiment.ComparisonReport;
import io.kys.experiment.ProtocolRun;
import io.kys.ood.DetectorOutcome;
import io.kys.ood.OodKind;
import io.kys.ood.OodSetResult;
import io.kys.ood.detect.Detector;
import io.kys.report.Heatmap;
import io.kys.report.MetricBars;
import io.kys.report.NamedValues;
import io.kys.report.RadarChart;
import io.kys.report.TableHtml;
import io.kys.train.TrainConfig;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;
import tech.tablesaw.plotly.components.Figure;

/**
 * Several protocols trained on the same split and evaluated on the same OOD sets, side by side
 * as in the paper: one AUROC/FPR95 table, grouped AUROC bars per OOD set, and a radar over the
 * paper's three axes (balanced accuracy, modality-shift AUROC, novel-class AUROC). Made by
 * {@link SplitView#compare(String...)}; the protocols are trained and evaluated when the view is
 * first shown or asked for its runs, table, bars or radar, and only once.
 *
 * <p>{@code compare(...).detectors(Detectors.all())} evaluates every protocol with post-hoc
 * detectors as well: {@link #heatmap()} and {@link #detectorTable()} cross protocols with
 * detectors, {@link #evaluation(String)} shows one protocol's detectors, and the table, bars and
 * radar read the first detector.
 */
public final class ComparisonView implements Displayable {
    private final String dataset;
    private final PlannedComparison pending;
    private List<ProtocolRun> runs;

    ComparisonView(String dataset, List<ProtocolRun> runs) {
        this.dataset = dataset;
        this.pending = null;
        this.runs = List.copyOf(runs);
    }

    private ComparisonView(String dataset, PlannedComparison pending) {
        this.dataset = dataset;
        this.pending = pending;
    }

    /**
     * A comparison that trains when it is first asked for its content. The protocol names and the
     * OOD sets are checked now, so a typo or a missing dataset is reported by the cell that asked
     * for the comparison rather than by the one that first shows it.
     */
    static ComparisonView plan(SplitView split, TrainConfig base, String... protocolNames) {
        PlannedComparison pending = PlannedComparison.of(split, base, protocolNames);
        return new ComparisonView(pending.dataset(), pending);
    }

    /**
     * The same comparison, not trained yet, with each protocol evaluated by {@code detectors}
     * (fitted on its training images; the first is the main one).
     *
     * @throws KysException when the comparison has already been trained
     */
    public ComparisonView detectors(Detector... detectors) {
        return detectors(List.of(detectors));
    }

    /** {@link #detectors(Detector...)} with a list, e.g. {@code detectors(Detectors.all())}. */
    public ComparisonView detectors(List<Detector> detectors) {
        if (pending == null || runs != null) {
            throw new KysException("this comparison is already trained and evaluated; ask for the detectors first: "
                    + "split.compare(...).detectors(...)");
        }
        return new ComparisonView(dataset, pending.withDetectors(detectors));
    }

    /**
     * The runs, one per protocol, in the order asked for. The first call trains and evaluates
     * every protocol (runs finished earlier are reused); later calls return the same runs.
     */
    public List<ProtocolRun> runs() {
        if (runs == null) {
            runs = List.copyOf(pending.run());
        }
        return runs;
    }

    /** One row per OOD set, an AUROC and an FPR95 column per protocol, and the ID balanced accuracy. */
    public Table table() {
        return ComparisonReport.table("Protocols on " + dataset, runs());
    }

    /** Grouped bars: AUROC per OOD set, one bar per protocol. */
    public Figure bars() {
        List<String> sets = runs().get(0).evaluation().results().stream().map(OodSetResult::oodSet).toList();
        List<NamedValues> values = runs().stream().map(run -> new NamedValues(run.protocol().cliName(),
                run.evaluation().results().stream().mapToDouble(r -> r.metrics().auroc()).toArray())).toList();
        return MetricBars.figure("AUROC per OOD set, " + dataset, sets, values);
    }

    /**
     * Mean AUROC over the OOD sets by protocol (rows) and detector (columns), in percent; a blank
     * cell is a detector that failed.
     */
    public Figure heatmap() {
        List<String> detectors = runs().get(0).evaluation().names();
        double[][] values = new double[runs().size()][detectors.size()];
        for (int p = 0; p < values.length; p++) {
            List<DetectorOutcome> outcomes = runs().get(p).evaluation().detectors();
            for (int d = 0; d < detectors.size(); d++) {
                values[p][d] = 100 * outcomes.get(d).meanAuroc(null);
            }
        }
        return Heatmap.figure("Mean AUROC (percent) by protocol and detector, " + dataset, protocols(), detectors, values, 1);
    }

    /** The numbers of {@link #heatmap()}: one row per protocol, one column per detector ("failed" where it failed). */
    public Table detectorTable() {
        Table t = Table.create("Mean AUROC over OOD sets by protocol and detector, " + dataset);
        t.addColumns(StringColumn.create("protocol", protocols()));
        List<String> detectors = runs().get(0).evaluation().names();
        for (int d = 0; d < detectors.size(); d++) {
            StringColumn col = StringColumn.create(detectors.get(d));
            for (ProtocolRun run : runs()) {
                DetectorOutcome o = run.evaluation().detectors().get(d);
                col.append(o.failed() ? "failed" : String.format(Locale.ROOT, "%.4f", o.meanAuroc(null)));
            }
            t.addColumns(col);
        }
        return t;
    }

    /**
     * One protocol's evaluation with every detector: its detector table, bars, ROC curves and
     * score histograms.
     *
     * @throws KysException when the protocol is not in the comparison
     */
    public EvaluationView evaluation(String protocol) {
        ProtocolRun run = runs().stream().filter(r -> r.protocol().cliName().equals(protocol)).findFirst()
                .orElseThrow(() -> new KysException("protocol " + protocol + " is not in this comparison; it has "
                        + String.join(", ", protocols())));
        return new EvaluationView(dataset + " (" + protocol + ")", run.evaluation());
    }

    private List<String> protocols() {
        return runs().stream().map(r -> r.protocol().cliName()).toList();
    }

    /**
     * The paper's radar, values in percent: balanced accuracy, mean modality-shift AUROC, mean
     * novel-class AUROC; empty when the comparison lacks novel classes or modality-shift sets.
     */
    public Optional<Figure> radar() {
        List<NamedValues> values = new ArrayList<>();
        for (ProtocolRun run : runs()) {
            double modality = meanAuroc(run, OodKind.MODALITY_SHIFT);
            double novel = meanAuroc(run, OodKind.NOVEL_CLASS);
            if (Double.isNaN(modality) || Double.isNaN(novel)) {
                return Optional.empty();
            }
            values.add(new NamedValues(run.protocol().cliName(),
                    new double[] {100 * run.evaluation().idBalancedAccuracy(), 100 * modality, 100 * novel}));
        }
        return Optional.of(RadarChart.figure("The paper's three axes, " + dataset, RadarChart.PAPER_AXES, values));
    }

    private static double meanAuroc(ProtocolRun run, OodKind kind) {
        return run.evaluation().results().stream().filter(r -> r.kind() == kind)
                .mapToDouble(r -> r.metrics().auroc()).average().orElse(Double.NaN);
    }

    /** The table, the bars, (when it applies) the radar, and with several detectors the heatmap. */
    @Override
    public DisplayContent toDisplay() {
        StringBuilder html = new StringBuilder(TableHtml.of(table(), 4)).append('\n')
                .append(FigureDisplay.content(bars()).get(DisplayContent.HTML).orElse(""));
        radar().ifPresent(r -> html.append('\n').append(FigureDisplay.content(r).get(DisplayContent.HTML).orElse("")));
        if (runs().get(0).evaluation().detectors().size() > 1) {
            html.append('\n').append(FigureDisplay.content(heatmap()).get(DisplayContent.HTML).orElse(""));
        }
        return DisplayContent.html(html.toString()).with(DisplayContent.TEXT, ComparisonReport.text(runs()));
    }

    /** Says whether the protocols were trained yet, without training them. */
    @Override
    public String toString() {
        return "ComparisonView[" + dataset + ", " + (runs == null ? "not trained yet" : runs.size() + " runs") + "]";
    }
}
