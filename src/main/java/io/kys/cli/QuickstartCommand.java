package io.kys.cli;

import io.kys.data.DataDirs;
import io.kys.experiment.ComparisonReport;
import io.kys.experiment.Quickstart;
import io.kys.train.Protocol;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code kys quickstart}: the main job, a small end-to-end comparison of {@code baseline} and {@code ours}. */
@Command(name = "quickstart", mixinStandardHelpOptions = true,
        description = {"Train the small CPU preset with 'baseline' and 'ours' on one dataset (downloaded and "
                + "verified if missing), evaluate novel-class and modality-shift detection against every other "
                + "dataset present, print the comparison and write an HTML report under logs/."})
public final class QuickstartCommand implements Callable<Integer> {
    @Option(names = "--dataset", defaultValue = "bloodmnist", description = "ID dataset (default: ${DEFAULT-VALUE}).")
    String dataset;

    @Option(names = "--data-dir", description = "Dataset folder (default: $KYS_DATA_DIR or data/).")
    String dataDir;

    @Option(names = "--mirror", description = "Download from BASE_URL/NAME.npz instead of the official address.")
    String mirror;

    @Option(names = "--model-type", defaultValue = "wrn16_1", description = "Model preset (default: ${DEFAULT-VALUE}).")
    String model;

    @Option(names = "--epochs", defaultValue = "3", description = "Epochs per protocol (default: ${DEFAULT-VALUE}).")
    int epochs;

    @Option(names = "--seed", defaultValue = "0", description = "Seed (default: ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--max-ood-images", defaultValue = "2000", description = "Cap per OOD set (default: ${DEFAULT-VALUE}; 0 = all).")
    int maxOodImages;

    @Option(names = "--ckpt-dir", defaultValue = "ckpts", description = "Checkpoint root (default: ${DEFAULT-VALUE}).")
    Path ckptDir;

    @Option(names = "--logs-dir", defaultValue = "logs", description = "Report folder (default: ${DEFAULT-VALUE}).")
    Path logsDir;

    @Option(names = "--device", defaultValue = "auto", description = "auto|cpu|gpu (default: ${DEFAULT-VALUE}).")
    String device;

    @Override
    public Integer call() {
        Quickstart.Spec spec = new Quickstart.Spec(dataset, DataDirs.resolve(dataDir), mirror, model, epochs, seed,
                List.of(Protocol.BASELINE, Protocol.OURS), ckptDir, logsDir, maxOodImages, device);
        Quickstart.Result result = Quickstart.run(spec, new TrainCommand.EpochPrinter(), new ConsoleProgress(),
                System.out::println);
        System.out.println();
        System.out.print(ComparisonReport.text(result.runs()));
        System.out.println("report: " + result.report());
        return 0;
    }
}
