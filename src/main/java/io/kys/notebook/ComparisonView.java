package io.kys.notebook;

import io.kys.data.OpenSetData;
import io.kys.data.PreparedData;
import io.kys.experiment.ComparisonReport;
import io.kys.experiment.DataPreparation;
import io.kys.experiment.EvaluationSets;
import io.kys.experiment.ProtocolComparison;
import io.kys.experiment.ProtocolRun;
import io.kys.experiment.RunNames;
import io.kys.ood.DetectionResult;
import io.kys.progress.ProgressListener;
import io.kys.report.MetricBars;
import io.kys.report.NamedValues;
import io.kys.report.RadarChart;
import io.kys.report.TableHtml;
import io.kys.train.Protocol;
import io.kys.train.TrainConfig;
import io.kys.train.TrainingListener;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import tech.tablesaw.api.Table;
import tech.tablesaw.plotly.components.Figure;

/**
 * Several protocols trained on the same split and evaluated on the same OOD sets, side by side
 * as in the paper: one AUROC/FPR95 table, grouped AUROC bars per OOD set, and a radar over the
 * paper's three axes (balanced accuracy, modality-shift AUROC, novel-class AUROC). Made by
 * {@link SplitView#compare(String...)}.
 */
public final class ComparisonView implements Displayable {
    private final String dataset;
    private final List<ProtocolRun> runs;

    ComparisonView(String dataset, List<ProtocolRun> runs) {
        this.dataset = dataset;
        this.runs = List.copyOf(runs);
    }

    /** Trains and evaluates each protocol in turn, with one status line for the whole comparison. */
    static ComparisonView run(SplitView split, TrainConfig base, String... protocolNames) {
        List<Protocol> protocols = protocolNames == null || protocolNames.length == 0
                ? List.of(Protocol.values()) : Arrays.stream(protocolNames).map(Protocol::parse).toList();
        int max = Kys.budget().maxEvaluationImages();
        PreparedData data = capped(split.prepared(), max, base.seed());
        ProtocolComparison comparison = new ProtocolComparison(data,
                EvaluationSets.withOtherDatasets(data, split.dataDir(), max, max, base.seed()), Kys.ckptDir(), "auto", 0);
        String prefix = prefix(base, data);
        List<ProtocolRun> runs = new ArrayList<>();
        try (ProgressLine line = Display.progress("comparing " + protocols.size() + " protocols on " + data.dataset().name())) {
            for (int i = 0; i < protocols.size(); i++) {
                Protocol protocol = protocols.get(i);
                String head = String.format(Locale.ROOT, "%s (%d/%d)", protocol.cliName(), i + 1, protocols.size());
                TrainConfig config = base.toBuilder().protocol(protocol).build();
                ProtocolRun run = comparison.run(config, RunNames.of(prefix, protocol, config.seed()),
                        TrainingListener.NONE, statusOn(line, head));
                runs.add(run);
                line.update(String.format(Locale.ROOT, "%s done in %.0f s", head, run.seconds()));
            }
            line.update(String.format(Locale.ROOT, "%d protocols trained and evaluated in %.0f s", runs.size(),
                    runs.stream().mapToDouble(ProtocolRun::seconds).sum()));
        }
        return new ComparisonView(data.dataset().name(), runs);
    }

    /** The split with its ID test images capped at {@code max} (0 keeps all); the novel ones are capped as an OOD set. */
    private static PreparedData capped(PreparedData data, int max, long seed) {
        OpenSetData d = data.data();
        OpenSetData limited = new OpenSetData(d.dataset(), d.trainIn(), d.valIn(), DataPreparation.limit(d.testIn(), max, seed),
                d.testNovel(), d.split(), d.classNames(), d.origin());
        return data.withData(limited);
    }

    /**
     * {@code nb-cmp-<fingerprint>}: the fingerprint covers the settings every protocol shares, the
     * split and the ID test set, so a comparison with other settings never reuses these runs.
     */
    private static String prefix(TrainConfig base, PreparedData data) {
        String shared = base.toBuilder().protocol(Protocol.OURS).build().describe() + "|" + data.split() + "|"
                + data.data().testIn().size();
        return "nb-cmp-" + RunNames.fingerprint(shared);
    }

    private static ProgressListener statusOn(ProgressLine line, String head) {
        return new ProgressListener() {
            private String task = "";
            private long total;

            @Override
            public void start(String task, long total) {
                this.task = task;
                this.total = total;
            }

            @Override
            public void progress(long done, String detail) {
                line.update(head + ", " + task + ": " + NotebookProgress.status(done, total, detail));
            }
        };
    }

    /** The runs, one per protocol, in the order asked for. */
    public List<ProtocolRun> runs() {
        return runs;
    }

    /** One row per OOD set, an AUROC and an FPR95 column per protocol, and the ID balanced accuracy. */
    public Table table() {
        return ComparisonReport.table("Protocols on " + dataset, runs);
    }

    /** Grouped bars: AUROC per OOD set, one bar per protocol. */
    public Figure bars() {
        List<String> sets = runs.get(0).evaluation().results().stream().map(DetectionResult::oodSet).toList();
        List<NamedValues> values = runs.stream().map(run -> new NamedValues(run.protocol().cliName(),
                run.evaluation().results().stream().mapToDouble(r -> r.metrics().auroc()).toArray())).toList();
        return MetricBars.figure("AUROC per OOD set, " + dataset, sets, values);
    }

    /**
     * The paper's radar, values in percent: balanced accuracy, mean modality-shift AUROC, mean
     * novel-class AUROC; empty when the comparison lacks novel classes or modality-shift sets.
     */
    public Optional<Figure> radar() {
        List<NamedValues> values = new ArrayList<>();
        for (ProtocolRun run : runs) {
            double modality = meanAuroc(run, DetectionResult.MODALITY_SHIFT);
            double novel = meanAuroc(run, DetectionResult.NOVEL_CLASS);
            if (Double.isNaN(modality) || Double.isNaN(novel)) {
                return Optional.empty();
            }
            values.add(new NamedValues(run.protocol().cliName(),
                    new double[] {100 * run.evaluation().idBalancedAccuracy(), 100 * modality, 100 * novel}));
        }
        return Optional.of(RadarChart.figure("The paper's three axes, " + dataset, RadarChart.PAPER_AXES, values));
    }

    private static double meanAuroc(ProtocolRun run, String kind) {
        return run.evaluation().results().stream().filter(r -> r.kind().equals(kind))
                .mapToDouble(r -> r.metrics().auroc()).average().orElse(Double.NaN);
    }

    /** The table, the bars and (when it applies) the radar. */
    @Override
    public DisplayContent toDisplay() {
        StringBuilder html = new StringBuilder(TableHtml.of(table(), 4)).append('\n')
                .append(FigureDisplay.content(bars()).get(DisplayContent.HTML).orElse(""));
        radar().ifPresent(r -> html.append('\n').append(FigureDisplay.content(r).get(DisplayContent.HTML).orElse("")));
        return DisplayContent.html(html.toString()).with(DisplayContent.TEXT, ComparisonReport.text(runs));
    }
}
