package io.kys.experiment;

import io.kys.AtomicFiles;
import io.kys.KysException;
import io.kys.progress.ProgressListener;
import io.kys.report.HtmlReport;
import io.kys.report.LineChart;
import io.kys.report.MarkdownTable;
import io.kys.report.PngPanels;
import io.kys.report.Series;
import io.kys.train.MarginMode;
import io.kys.train.Protocol;
import io.kys.train.TrainConfig;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

/**
 * How the protocols compare as the training budget grows: one reproduction grid per margin mode
 * and epoch budget, over datasets x protocols x seeds. The budgets of one margin mode share their
 * run folders, so the 10-epoch grid continues the 3-epoch runs instead of training anew: the
 * learning rate halves only every 31 epochs and every epoch's batches are drawn from the seed and
 * the epoch number, so the first 3 epochs of a 30-epoch run are exactly a 3-epoch run. Each budget
 * evaluates its best checkpoint so far. Writes {@code study.csv}, {@code study.md},
 * {@code curves.png} and an interactive {@code study.html}; like {@link Reproduction}, it resumes.
 */
public final class BudgetStudy {
    /**
     * The study's base: WRN-16-1, epochs of 10 steps of 32 ID images and 32 pixel outliers (+8
     * RandConv with p = 0.5), latent queues of 64 with 1,000 draws per class keeping 8; the loss,
     * optimizer, augmentation and imbalance corrections are the paper's. Small steps so that the
     * whole grid fits CPU hours, and 30 epochs still reach a few passes over the small sets.
     */
    public static final TrainConfig BASE = TrainConfig.paper().toBuilder().model("wrn16_1").stepsPerEpoch(10)
            .batchSize(32).outlierBatch(32).randConv(0.5, 8).latent(64, 1000, 8).build();
    /** Images per modality-shift set and validation images for the best epoch. */
    static final int MAX_OOD_IMAGES = 300;
    static final int MAX_VAL_IMAGES = 200;

    private BudgetStudy() { }

    /**
     * What to run.
     *
     * @param datasets ID datasets (empty: {@link Reproduction#defaultDatasets(Path)})
     * @param protocols protocols
     * @param seeds seeds 0 .. seeds-1
     * @param epochs epoch budgets, ascending
     * @param margins margin modes
     * @param base the configuration every cell starts from (its epochs and margin mode are replaced)
     * @param dataDir MedMNIST folder
     * @param outDir output folder
     * @param device auto, cpu or gpu
     */
    public record Spec(List<String> datasets, List<Protocol> protocols, int seeds, List<Integer> epochs,
                       List<MarginMode> margins, TrainConfig base, Path dataDir, Path outDir, String device) {
        /** Checks the budgets ascend and nothing is empty. */
        public Spec {
            datasets = List.copyOf(datasets);
            protocols = List.copyOf(protocols);
            epochs = List.copyOf(epochs);
            margins = List.copyOf(margins);
            if (epochs.isEmpty() || margins.isEmpty()) {
                throw new KysException("a budget study needs at least one epoch budget and one margin mode");
            }
            for (int i = 0; i < epochs.size(); i++) {
                if (epochs.get(i) < 1 || (i > 0 && epochs.get(i) <= epochs.get(i - 1))) {
                    throw new KysException("epoch budgets must be positive and ascending, got " + epochs);
                }
            }
        }
    }

    /**
     * One grid of the study.
     *
     * @param margins its margin mode
     * @param epochs its epoch budget
     * @param result its cells
     */
    public record Grid(MarginMode margins, int epochs, Reproduction.Result result) { }

    /**
     * The study's grids and files.
     *
     * @param grids every grid, budgets ascending, margin modes in the given order within each
     * @param markdown the tables of {@code study.md}
     * @param folder where the files are
     */
    public record Result(List<Grid> grids, String markdown, Path folder) { }

    /** The preset of one grid: the base with the budget's epochs and margin mode. */
    static Budget preset(TrainConfig base, MarginMode margins, int epochs) {
        return new Budget("study-" + margins.cliName() + "-e" + epochs,
                base.toBuilder().epochs(epochs).marginMode(margins).build(), MAX_OOD_IMAGES, MAX_VAL_IMAGES);
    }

    /** Runs (or resumes) every grid, then writes the study's files. */
    public static Result run(Spec spec, ReproductionListener listener, ProgressListener progress) {
        List<Grid> budgets = new ArrayList<>();
        // Budgets outer, margin modes inner: a study stopped early has both modes at its smaller budgets.
        for (int e : spec.epochs()) {
            for (MarginMode m : spec.margins()) {
                Budget preset = preset(spec.base(), m, e);
                Reproduction.Spec grid = new Reproduction.Spec(spec.datasets(), spec.protocols(), spec.seeds(), preset,
                        spec.dataDir(), spec.outDir().resolve(m.cliName()), spec.device(), "study-" + m.cliName());
                budgets.add(new Grid(m, e, Reproduction.run(grid, listener, progress)));
                // Written after every grid, so a study stopped early leaves its finished budgets on disk.
                write(spec, budgets);
            }
        }
        return write(spec, budgets);
    }

    private static Result write(Spec spec, List<Grid> budgets) {
        Path out = spec.outDir();
        AtomicFiles.writeString(out.resolve("study.csv"), csv(budgets));
        String md = markdown(budgets);
        AtomicFiles.writeString(out.resolve("study.md"), md);
        List<String> datasets = budgets.get(0).result().summary().datasets();
        List<PngPanels.Panel> panels = new ArrayList<>();
        HtmlReport.Builder html = HtmlReport.builder("Budget study");
        for (GridAxis axis : List.of(GridAxis.MODALITY_SHIFT_AUROC, GridAxis.NOVEL_CLASS_AUROC, GridAxis.BALANCED_ACCURACY)) {
            for (String d : datasets) {
                PngPanels.Panel panel = panel(budgets, spec, d, axis);
                if (panel.curves().stream().anyMatch(c -> java.util.Arrays.stream(c.mean()).anyMatch(Double::isFinite))) {
                    panels.add(panel);
                    html.figure(d + ": " + axis.label() + " (mean over seeds; solid fixed, dashed adaptive margins)",
                            LineChart.figure(d + ": " + axis.label(), "epochs", "percent", series(panel, spec.epochs())));
                }
            }
        }
        List<String> labels = spec.epochs().stream().map(String::valueOf).toList();
        PngPanels.write(out.resolve("curves.png"), "Protocols by training budget (mean ± sd over seeds)", labels,
                "epochs", panels, Math.max(1, datasets.size()), "fixed margins", "adaptive margins");
        html.text(md).build().write(out.resolve("study.html"));
        return new Result(List.copyOf(budgets), md, out);
    }

    private static PngPanels.Panel panel(List<Grid> budgets, Spec spec, String dataset, GridAxis axis) {
        List<PngPanels.Curve> curves = new ArrayList<>();
        for (MarginMode m : spec.margins()) {
            for (Protocol p : spec.protocols()) {
                double[] mean = new double[spec.epochs().size()];
                double[] sd = new double[mean.length];
                for (int i = 0; i < mean.length; i++) {
                    Optional<Grid> g = find(budgets, m, spec.epochs().get(i));
                    SeedStats s = g.map(x -> x.result().summary().stats(dataset, p, axis)).orElse(null);
                    mean[i] = s == null ? Double.NaN : 100 * s.mean();
                    sd[i] = s == null ? Double.NaN : 100 * s.sd();
                }
                curves.add(new PngPanels.Curve(p.cliName(), m == MarginMode.ADAPTIVE, mean, sd));
            }
        }
        return new PngPanels.Panel(dataset + ": " + shortLabel(axis), "percent", curves);
    }

    private static List<Series> series(PngPanels.Panel panel, List<Integer> epochs) {
        double[] x = epochs.stream().mapToDouble(Integer::doubleValue).toArray();
        return panel.curves().stream()
                .map(c -> new Series(c.group() + (c.dashed() ? " (adaptive)" : " (fixed)"), x, c.mean())).toList();
    }

    private static String shortLabel(GridAxis axis) {
        return switch (axis) {
            case MODALITY_SHIFT_AUROC -> "modality-shift AUROC";
            case NOVEL_CLASS_AUROC -> "novel-class AUROC";
            case BALANCED_ACCURACY -> "balanced accuracy";
        };
    }

    private static Optional<Grid> find(List<Grid> budgets, MarginMode m, int epochs) {
        return budgets.stream().filter(b -> b.margins() == m && b.epochs() == epochs).findFirst();
    }

    /** One row per cell and OOD set, with the budget's margin mode and epochs in front. */
    static String csv(List<Grid> budgets) {
        StringBuilder b = new StringBuilder("margins,epochs,").append(ReproductionCsv.HEADER).append('\n');
        for (Grid budget : budgets) {
            String prefix = budget.margins().cliName() + "," + budget.epochs() + ",";
            ReproductionCsv.of(budget.result().cells()).lines().skip(1)
                    .forEach(line -> b.append(prefix).append(line).append('\n'));
        }
        return b.toString();
    }

    /** Means over seeds per budget, and ours paired against each protocol per budget. */
    static String markdown(List<Grid> budgets) {
        StringBuilder md = new StringBuilder();
        md.append(MarkdownTable.of(means(budgets), 1)).append('\n');
        md.append(MarkdownTable.of(paired(budgets), 1));
        return md.toString();
    }

    /** Rows dataset x axis x protocol, one column per budget (margins, epochs): mean ± sd in percent. */
    static Table means(List<Grid> budgets) {
        return byBudget(budgets, "Means over seeds by budget (percent, mean ± sd)", "protocol", false,
                (summary, d, a, p) -> summary.stats(d, p, a).scaled(100).format(1));
    }

    /** ours minus each other protocol, paired by seed, per budget: mean difference and signs. */
    static Table paired(List<Grid> budgets) {
        return byBudget(budgets, "ours minus each protocol, paired by seed (percentage points; signs by seed; "
                + "paired t-test p)", "against", true,
                (summary, d, a, p) -> pairedText(summary.paired(d, a, Protocol.OURS, p)));
    }

    /** The text of one table cell: a grid's value for a dataset, axis and protocol. */
    private interface CellText {
        String of(GridSummary summary, String dataset, GridAxis axis, Protocol protocol);
    }

    /**
     * One row per dataset, axis and protocol (without {@code ours} when {@code skipOurs}), one
     * column per budget; a dataset without novel classes has no novel-class rows.
     */
    private static Table byBudget(List<Grid> budgets, String title, String protocolColumn, boolean skipOurs,
                                  CellText text) {
        StringColumn dataset = StringColumn.create("dataset");
        StringColumn axis = StringColumn.create("axis");
        StringColumn protocol = StringColumn.create(protocolColumn);
        Map<Grid, StringColumn> cols = new LinkedHashMap<>();
        for (Grid b : budgets) {
            cols.put(b, StringColumn.create(b.margins().cliName() + " " + b.epochs() + " ep"));
        }
        GridSummary first = budgets.get(0).result().summary();
        for (String d : first.datasets()) {
            for (GridAxis a : GridAxis.values()) {
                if (a == GridAxis.NOVEL_CLASS_AUROC && !first.hasNovelClasses(d)) {
                    continue;
                }
                for (Protocol p : first.protocols()) {
                    if (skipOurs && p == Protocol.OURS) {
                        continue;
                    }
                    dataset.append(d);
                    axis.append(shortLabel(a));
                    protocol.append(p.cliName());
                    cols.forEach((b, c) -> c.append(text.of(b.result().summary(), d, a, p)));
                }
            }
        }
        Table t = Table.create(title).addColumns(dataset, axis, protocol);
        cols.values().forEach(t::addColumns);
        return t;
    }

    private static String pairedText(Optional<PairedComparison> c) {
        if (c.isEmpty() || c.get().n() == 0) {
            return "–";
        }
        PairedComparison pc = c.get();
        return String.format(Locale.ROOT, "%+.1f %s p=%s", 100 * pc.meanDifference(), pc.signs(),
                Double.isNaN(pc.tTestP()) ? "–" : String.format(Locale.ROOT, "%.2f", pc.tTestP()));
    }
}
