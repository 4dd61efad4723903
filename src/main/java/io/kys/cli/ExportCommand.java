package io.kys.cli;

import io.kys.deploy.BundleExporter;
import io.kys.deploy.BundleManifest;
import io.kys.deploy.ExportSpec;
import io.kys.model.ModelPreset;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code kys export}: a trained run as one self-contained bundle with its decision threshold,
 * for {@code kys score}, Spark and applications ({@code KysDetector.load}).
 */
@Command(name = "export", mixinStandardHelpOptions = true,
        description = {"Export a trained run as a calibrated detector: one .zip with the network, the preprocessing, the "
                + "detector and its fit data, the threshold chosen on the ID validation split for --tpr, and a "
                + "manifest with the test evaluation at that threshold (TPR on ID test, FPR per OOD set, bootstrap "
                + "intervals).",
            "Show the manifest with `kys info BUNDLE.zip`."})
public final class ExportCommand implements Callable<Integer> {
    @Mixin
    RunOptions run;

    @Option(names = {"--in-dataset", "--in_dataset"}, required = true, description = "The run's ID dataset.")
    String dataset;

    @Option(names = {"--model-type", "--model_type"}, defaultValue = "wrn40_2",
            description = "The run's model preset (default: ${DEFAULT-VALUE}).")
    String model;

    @Option(names = {"--dir-name", "--dir_name"}, required = true, description = "The run's folder name (its --ckpt-name).")
    String dirName;

    @Option(names = "--checkpoint", defaultValue = "best", description = "best|last (default: ${DEFAULT-VALUE}).")
    String checkpoint;

    @Option(names = "--detector", defaultValue = "energy", paramLabel = "NAME",
            description = "Post-hoc detector, as in `kys posthoc --list` (default: ${DEFAULT-VALUE}).")
    String detector;

    @Option(names = "--param", paramLabel = "KEY=VALUE", description = "A detector parameter, repeatable.")
    Map<String, String> params = new LinkedHashMap<>();

    @Option(names = "--tpr", defaultValue = "0.95",
            description = "Fraction of ID validation images to accept (default: ${DEFAULT-VALUE}).")
    double tpr;

    @Option(names = "--bootstrap", defaultValue = "1000", description = "Bootstrap resamples of the intervals (default: ${DEFAULT-VALUE}).")
    int bootstrap;

    @Option(names = "--fit-limit", defaultValue = "10000",
            description = "At most this many ID training images for the detector's fit data, a seeded subset; 0 = all "
                    + "(default: ${DEFAULT-VALUE}).")
    int fitLimit;

    @Option(names = "--out", required = true, paramLabel = "FILE.zip", description = "The bundle to write.")
    Path out;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        String version = String.join(" ", spec.root().version()).replaceFirst("^kys ", "");
        ExportSpec export = new ExportSpec(dataset, ModelPreset.parse(model).id(), dirName, checkpoint, detector, params,
                tpr, run.ckptDir, run.dataDir(), out, run.device, bootstrap, run.seed, fitLimit, version);
        BundleManifest m = BundleExporter.export(export, new ConsoleProgress());
        PrintWriter w = spec.commandLine().getOut();
        w.print(InfoCommand.bundleSummary(m));
        w.println("bundle written to " + out);
        w.flush();
        return 0;
    }
}
