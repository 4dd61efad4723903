package io.kys.cli;

import io.kys.experiment.CellResult;
import io.kys.experiment.GridAxis;
import io.kys.experiment.GridCell;
import io.kys.experiment.GridTables;
import io.kys.experiment.Reproduction;
import io.kys.experiment.ReproductionListener;
import io.kys.experiment.Budget;
import io.kys.report.MarkdownTable;
import io.kys.train.EpochRecord;
import io.kys.train.Protocol;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code kys reproduce}: the paper's protocol grid over datasets x protocols x seeds, resumable. */
@Command(name = "reproduce", mixinStandardHelpOptions = true,
        description = {"Train and evaluate every cell of the grid datasets x protocols x seeds at one budget, "
                + "then write results.csv, summary.md (means over seeds, ours paired against each protocol) and "
                + "report.html (the paper's radar charts, energy histograms) in --out.",
            "Run it again with the same arguments after a stop: finished cells are reused, a half-trained cell "
                + "resumes from its last epoch.",
            "With --detectors every cell is also scored by post-hoc detectors: results.csv gains a detector column, "
                + "summary.md and report.html a protocol x detector table (and heatmaps). Cells finished without them "
                + "are evaluated again from their checkpoints, not retrained.",
            "Presets: cpu-small (WRN-16-1, 3 epochs x 16 small steps; the three small sets x 6 protocols x 3 "
                + "seeds in under an hour on 2 CPU cores) and paper (exactly the paper: WRN-40-2, 100 epochs).",
            "Default datasets: the paper's eight present in --data-dir; if none is, every other single-label "
                + "dataset there. Binary datasets have no novel classes: their novel-class values show as '–'."})
public final class ReproduceCommand implements Callable<Integer> {
    @Mixin
    GridOptions grid;

    @Mixin
    DetectorOptions detectors;

    @Option(names = "--protocols", split = ",", defaultValue = "baseline,nda,nda++,vos,vos++,ours",
            description = "Protocols (default: ${DEFAULT-VALUE}).")
    List<String> protocols;

    @Option(names = "--preset", defaultValue = "cpu-small", description = "Budget: small|laptop|cpu-small|cpu-medium|paper (default: ${DEFAULT-VALUE}).")
    String preset;

    @Option(names = "--out", description = "Output folder (default: results/reproduce-<preset>).")
    Path out;

    @Override
    public Integer call() {
        Budget budget = Budget.parse(preset);
        List<Protocol> chosen = protocols.stream().map(Protocol::parse).toList();
        Path outDir = out != null ? out : Path.of("results", "reproduce-" + budget.name());
        Reproduction.Spec spec = new Reproduction.Spec(grid.datasetsOrDefault(), chosen, grid.seeds, budget,
                grid.dataDir.dir(), outDir, grid.device, budget.name(), detectors.specsOrNone());
        Reproduction.Result result = Reproduction.run(spec, grid.printer(), grid.progress());
        System.out.println();
        System.out.print(MarkdownTable.of(GridTables.means(result.summary()), 1));
        System.out.println();
        System.out.print(MarkdownTable.of(GridTables.paired(result.summary()), 1));
        if (result.summary().hasDetectorAxis()) {
            System.out.println();
            System.out.print(MarkdownTable.of(GridTables.byDetector(result.summary()), 1));
        }
        System.out.printf(Locale.ROOT, "%n%d cells (%d run now, %d reused)%nresults: %s%nsummary: %s%nreport: %s%n",
                result.cells().size(), result.trained(), result.reused(), result.csv(), result.markdownFile(),
                result.report());
        return 0;
    }

    /** Prints one line per dataset and cell, and (unless quiet) the epoch lines of training. */
    static final class CellPrinter implements ReproductionListener {
        private final TrainCommand.EpochPrinter epochs = new TrainCommand.EpochPrinter();
        private final boolean quiet;

        CellPrinter(boolean quiet) {
            this.quiet = quiet;
        }

        @Override
        public void onDataset(String dataset, String description, List<String> oodSets) {
            System.out.println("== " + dataset + ": " + description.replace("\n", " ") + "; OOD sets: "
                    + String.join(", ", oodSets));
        }

        @Override
        public void onCellStart(GridCell cell, int index, int total) {
            if (!quiet) {
                System.out.printf("[%d/%d] %s: training%n", index, total, cell.label());
            }
        }

        @Override
        public void onCellReused(CellResult r, int index, int total) {
            System.out.printf("[%d/%d] %s: finished before, reused (%s)%n", index, total, r.cell().label(), axes(r));
        }

        @Override
        public void onCellDone(CellResult r, int index, int total) {
            System.out.printf(Locale.ROOT, "[%d/%d] %s: %s, %.0fs%n", index, total, r.cell().label(), axes(r),
                    r.seconds());
        }

        @Override
        public void onEpoch(EpochRecord epoch) {
            if (!quiet) {
                epochs.onEpoch(epoch);
            }
        }

        @Override
        public void onWarning(String message) {
            epochs.onWarning(message);
        }

        private static String axes(CellResult r) {
            return String.join(", ", Arrays.stream(GridAxis.values())
                    .map(a -> a.label() + " " + (Double.isNaN(a.of(r)) ? "–"
                            : String.format(Locale.ROOT, "%.3f", a.of(r)))).toList());
        }
    }
}
