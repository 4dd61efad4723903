package io.kys.experiment;

import io.kys.ood.OodKind;
import io.kys.ood.OodMetrics;
import io.kys.train.Protocol;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.ToDoubleFunction;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

/**
 * The tables of a reproduction, built once and shown both in Markdown and in the HTML report.
 * Metrics are in percent as "mean ± sd" over seeds (the mean alone for one seed); "–" marks a
 * value that does not exist, such as the novel-class AUROC of a dataset without novel classes.
 */
public final class GridTables {
    /** Decimals of percentages. */
    static final int DECIMALS = 1;

    private GridTables() { }

    /** One row per dataset and protocol: the paper's three axes and the wall time per cell. */
    public static Table means(GridSummary s) {
        Table t = Table.create("Means over seeds (percent, mean ± sd)");
        StringColumn dataset = StringColumn.create("dataset");
        StringColumn protocol = StringColumn.create("protocol");
        List<StringColumn> axes = new ArrayList<>();
        for (GridAxis a : GridAxis.values()) {
            axes.add(StringColumn.create(a.label()));
        }
        StringColumn seconds = StringColumn.create("seconds per cell");
        for (String d : s.datasets()) {
            for (Protocol p : s.protocols()) {
                dataset.append(d);
                protocol.append(p.cliName());
                for (GridAxis a : GridAxis.values()) {
                    axes.get(a.ordinal()).append(percent(s.stats(d, p, a)));
                }
                seconds.append(s.seconds(d, p).format(0));
            }
        }
        t.addColumns(dataset, protocol);
        axes.forEach(t::addColumns);
        return t.addColumns(seconds);
    }

    /** One row per dataset, OOD set and protocol: all five OOD metrics. */
    public static Table perOodSet(GridSummary s) {
        Table t = Table.create("Per OOD set (percent, mean ± sd)");
        List<String> names = List.of("AUROC", "AUPR-In", "AUPR-Out", "FPR95", "detection error");
        List<ToDoubleFunction<OodMetrics>> metrics = List.of(OodMetrics::auroc, OodMetrics::auprIn,
                OodMetrics::auprOut, OodMetrics::fprAt95Tpr, OodMetrics::detectionError);
        StringColumn dataset = StringColumn.create("dataset");
        StringColumn set = StringColumn.create("OOD set");
        StringColumn kind = StringColumn.create("kind");
        StringColumn protocol = StringColumn.create("protocol");
        List<StringColumn> cols = names.stream().map(StringColumn::create).toList();
        for (String d : s.datasets()) {
            for (String o : s.oodSets(d)) {
                for (Protocol p : s.protocols()) {
                    dataset.append(d);
                    set.append(o);
                    kind.append(s.kind(d, o).map(OodKind::label).orElse(""));
                    protocol.append(p.cliName());
                    for (int m = 0; m < names.size(); m++) {
                        cols.get(m).append(percent(SeedStats.of(s.values(d, p, o, metrics.get(m)))));
                    }
                }
            }
        }
        t.addColumns(dataset, set, kind, protocol);
        cols.forEach(t::addColumns);
        return t;
    }

    /**
     * The detector axis: one row per dataset, protocol and AUROC axis (novel-class only for datasets
     * that have novel classes), one column per detector, each cell that detector's mean AUROC over
     * the axis's OOD sets in percent, mean ± sd over seeds ("–" where it failed on every seed).
     */
    public static Table byDetector(GridSummary s) {
        Table t = Table.create("Mean AUROC by detector (percent, mean ± sd)");
        StringColumn dataset = StringColumn.create("dataset");
        StringColumn protocol = StringColumn.create("protocol");
        StringColumn axis = StringColumn.create("axis");
        List<String> detectors = s.detectors();
        List<StringColumn> cols = detectors.stream().map(StringColumn::create).toList();
        for (String d : s.datasets()) {
            for (GridAxis a : List.of(GridAxis.MODALITY_SHIFT_AUROC, GridAxis.NOVEL_CLASS_AUROC)) {
                if (a == GridAxis.NOVEL_CLASS_AUROC && !s.hasNovelClasses(d)) {
                    continue;
                }
                for (Protocol p : s.protocols()) {
                    dataset.append(d);
                    protocol.append(p.cliName());
                    axis.append(a.label());
                    for (int k = 0; k < detectors.size(); k++) {
                        cols.get(k).append(percent(s.detectorAuroc(d, p, detectors.get(k), a.kind())));
                    }
                }
            }
        }
        t.addColumns(dataset, protocol, axis);
        cols.forEach(t::addColumns);
        return t;
    }

    /**
     * {@code ours} against every other protocol, per dataset and axis: mean difference in
     * percentage points, each seed's sign, sign-test and paired t-test p-values. Empty when the
     * grid lacks {@code ours} or any other protocol.
     */
    public static Table paired(GridSummary s) {
        Table t = Table.create("ours minus each other protocol, paired by seed");
        StringColumn dataset = StringColumn.create("dataset");
        StringColumn axis = StringColumn.create("axis");
        StringColumn against = StringColumn.create("against");
        StringColumn diff = StringColumn.create("mean difference (pp)");
        StringColumn signs = StringColumn.create("signs by seed");
        StringColumn sign = StringColumn.create("sign-test p");
        StringColumn ttest = StringColumn.create("paired t-test p");
        for (String d : s.datasets()) {
            for (GridAxis a : GridAxis.values()) {
                for (Protocol p : s.protocols()) {
                    if (p == Protocol.OURS) {
                        continue;
                    }
                    Optional<PairedComparison> c = s.paired(d, a, Protocol.OURS, p);
                    if (c.isEmpty() || c.get().n() == 0) {
                        continue;
                    }
                    PairedComparison pc = c.get();
                    dataset.append(d);
                    axis.append(a.label());
                    against.append(p.cliName());
                    diff.append(String.format(Locale.ROOT, "%+.1f", 100 * pc.meanDifference()));
                    signs.append(pc.signs());
                    sign.append(p(pc.signTestP()));
                    ttest.append(p(pc.tTestP()));
                }
            }
        }
        return t.addColumns(dataset, axis, against, diff, signs, sign, ttest);
    }

    /**
     * The paper's best value per axis next to this grid's best protocol (mean ± sd, protocol
     * named) and its {@code ours}, for the paper's eight datasets and every dataset of the grid.
     */
    public static Table paper(GridSummary s) {
        Table t = Table.create("The paper's best method against this grid (percent)");
        StringColumn dataset = StringColumn.create("dataset");
        List<StringColumn> paper = new ArrayList<>();
        List<StringColumn> best = new ArrayList<>();
        List<StringColumn> ours = new ArrayList<>();
        for (GridAxis a : GridAxis.values()) {
            paper.add(StringColumn.create("paper: " + a.label()));
            best.add(StringColumn.create("here, best protocol: " + a.label()));
            ours.add(StringColumn.create("here, ours: " + a.label()));
        }
        List<String> rows = new ArrayList<>(PaperResults.datasets());
        s.datasets().stream().filter(d -> !rows.contains(d)).forEach(rows::add);
        for (String d : rows) {
            dataset.append(d);
            boolean run = s.datasets().contains(d);
            for (GridAxis a : GridAxis.values()) {
                paper.get(a.ordinal()).append(PaperResults.best(d, a)
                        .map(v -> String.format(Locale.ROOT, "%.1f", v)).orElse("not in paper"));
                Optional<Protocol> b = run ? s.best(d, a) : Optional.empty();
                best.get(a.ordinal()).append(!run ? "not run"
                        : b.map(p -> percent(s.stats(d, p, a)) + " (" + p.cliName() + ")").orElse("–"));
                ours.get(a.ordinal()).append(!run ? "not run"
                        : s.protocols().contains(Protocol.OURS) ? percent(s.stats(d, Protocol.OURS, a)) : "not in grid");
            }
        }
        t.addColumns(dataset);
        for (GridAxis a : GridAxis.values()) {
            t.addColumns(paper.get(a.ordinal()), best.get(a.ordinal()), ours.get(a.ordinal()));
        }
        return t;
    }

    private static String percent(SeedStats stats) {
        return stats.scaled(100).format(DECIMALS);
    }

    private static String p(double value) {
        return Double.isNaN(value) ? "–" : String.format(Locale.ROOT, "%.3f", value);
    }
}
