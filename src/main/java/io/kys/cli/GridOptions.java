package io.kys.cli;

import io.kys.progress.ProgressListener;
import java.util.List;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** Options of the commands that run grids of cells (reproduce, study): datasets, seeds, data, device, output detail. */
final class GridOptions {
    @Option(names = "--datasets", split = ",", description = "ID datasets (default: the paper's eight present in "
            + "--data-dir; if none is, every other single-label dataset there).")
    List<String> datasets;

    @Option(names = "--seeds", defaultValue = "3", description = "Seeds 0..N-1 per protocol (default: ${DEFAULT-VALUE}).")
    int seeds;

    @Mixin
    DataDirOption dataDir;

    @Option(names = "--device", defaultValue = "auto", description = "auto|cpu|gpu (default: ${DEFAULT-VALUE}).")
    String device;

    @Option(names = "--quiet", description = "One line per cell; no epoch lines or step progress bars.")
    boolean quiet;

    /** The datasets given, or an empty list for the default choice. */
    List<String> datasetsOrDefault() {
        return datasets == null ? List.of() : datasets;
    }

    /** What prints the cells: one line each, with epoch lines unless quiet. */
    ReproduceCommand.CellPrinter printer() {
        return new ReproduceCommand.CellPrinter(quiet);
    }

    /** Step progress bars unless quiet. */
    ProgressListener progress() {
        return quiet ? ProgressListener.NONE : new ConsoleProgress();
    }
}
