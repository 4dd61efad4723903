package io.kys.cli;

import io.kys.experiment.ComparisonReport;
import io.kys.experiment.Quickstart;
import io.kys.train.Protocol;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code kys quickstart}: the main job, a small end-to-end comparison of {@code baseline} and {@code ours}. */
@Command(name = "quickstart", mixinStandardHelpOptions = true,
        description = {"Train the small CPU preset with 'baseline' and 'ours' on one dataset (downloaded and "
                + "verified if missing), evaluate novel-class and modality-shift detection against every other "
                + "dataset present, print the comparison and write an HTML report under logs/."})
public final class QuickstartCommand implements Callable<Integer> {
    @Mixin
    RunOptions run;

    @Option(names = {"--in-dataset", "--in_dataset", "--dataset"}, defaultValue = "bloodmnist", description = "ID dataset (default: ${DEFAULT-VALUE}).")
    String dataset;

    @Option(names = "--mirror", description = "Download from BASE_URL/NAME.npz instead of the official address.")
    String mirror;

    @Option(names = "--model-type", defaultValue = "wrn16_1", description = "Model preset (default: ${DEFAULT-VALUE}).")
    String model;

    @Option(names = "--epochs", defaultValue = "3", description = "Epochs per protocol (default: ${DEFAULT-VALUE}).")
    int epochs;

    @Option(names = "--max-ood-images", defaultValue = "2000", description = "Cap per OOD set (default: ${DEFAULT-VALUE}; 0 = all).")
    int maxOodImages;

    @Option(names = "--logs-dir", defaultValue = "logs", description = "Report folder (default: ${DEFAULT-VALUE}).")
    Path logsDir;

    @Override
    public Integer call() {
        Quickstart.Spec spec = new Quickstart.Spec(dataset, run.dataDir(), mirror, model, epochs, run.seed,
                List.of(Protocol.BASELINE, Protocol.OURS), run.ckptDir, logsDir, maxOodImages, run.device);
        Quickstart.Result result = Quickstart.run(spec, new TrainCommand.EpochPrinter(), new ConsoleProgress(),
                System.out::println);
        System.out.println();
        System.out.print(ComparisonReport.text(result.runs()));
        System.out.println("report: " + result.report());
        return 0;
    }
}
