package io.kys.cli;

import io.kys.experiment.DetectJob;
import io.kys.experiment.DetectReport;
import io.kys.experiment.DetectSpec;
import io.kys.model.ModelPreset;
import io.kys.ood.DetectionResult;
import io.kys.ood.OodResult;
import io.kys.ood.ScoreType;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code kys detect}: scores a trained run against novel classes and other datasets. */
@Command(name = "detect", mixinStandardHelpOptions = true,
        description = "Evaluate OOD detection of a trained run: novel classes of the ID dataset and every "
                + "other MedMNIST dataset present locally (or --out-datasets).")
public final class DetectCommand implements Callable<Integer> {
    @Mixin
    RunOptions run;

    @Option(names = {"--in-dataset", "--in_dataset"}, required = true, description = "The run's ID dataset.")
    String dataset;

    @Option(names = {"--model-type", "--model_type"}, defaultValue = "wrn40_2", description = "The run's model preset (default: ${DEFAULT-VALUE}).")
    String model;

    @Option(names = {"--dir-name", "--dir_name", "--ckpt-name", "--ckpt_name"}, required = true, description = "The run's folder name (its --ckpt-name).")
    String dirName;

    @Option(names = "--checkpoint", defaultValue = "best", description = "best|last (default: ${DEFAULT-VALUE}).")
    String checkpoint;

    @Option(names = {"--out-datasets", "--out_datasets"}, split = ",", description = "Modality-shift datasets (default: all others present).")
    List<String> outDatasets;

    @Option(names = "--score", defaultValue = "energy", description = "energy|msp|maxlogit (default: ${DEFAULT-VALUE}).")
    String score;

    @Option(names = "--T", defaultValue = "1", description = "Energy temperature (default: ${DEFAULT-VALUE}).")
    double temperature;

    @Option(names = "--bootstrap", defaultValue = "1000", description = "AUROC bootstrap resamples, 0 = none (default: ${DEFAULT-VALUE}).")
    int bootstrap;

    @Option(names = "--max-ood-images", defaultValue = "0", description = "Cap per OOD set, seeded subset (0 = all).")
    int maxOodImages;

    @Option(names = "--results-dir", defaultValue = "results", description = "Results root (default: ${DEFAULT-VALUE}).")
    Path resultsDir;

    @Override
    public Integer call() {
        if (!checkpoint.equals("best") && !checkpoint.equals("last")) {
            throw new io.kys.KysException("--checkpoint must be best or last, got '" + checkpoint + "'");
        }
        DetectSpec spec = new DetectSpec(dataset, ModelPreset.parse(model).id(), dirName, checkpoint, run.dataDir(), run.ckptDir,
                resultsDir, outDatasets == null ? List.of() : outDatasets, ScoreType.parse(score), temperature,
                bootstrap, maxOodImages, run.device, run.seed);
        DetectReport report = DetectJob.run(spec, new ConsoleProgress());
        System.out.print(format(report));
        return 0;
    }

    /** The report as the table printed by {@code kys detect}. */
    static String format(DetectReport report) {
        StringBuilder sb = new StringBuilder();
        sb.append(String.format("%s / %s / %s (%s checkpoint): ID balanced accuracy %.4f%n", report.dataset(),
                report.model(), report.runName(), report.checkpoint(), report.idBalancedAccuracy()));
        sb.append(String.format("%-24s %-15s %8s %8s %8s %19s %8s %8s%n", "OOD set", "kind", "FPR95", "DTERR",
                "AUROC", "AUROC 95% CI", "AUPR-In", "AUPR-Out"));
        for (DetectionResult r : report.results()) {
            OodResult m = r.metrics();
            String ci = r.aurocInterval() == null ? "" : String.format("[%.4f, %.4f]",
                    r.aurocInterval().low(), r.aurocInterval().high());
            sb.append(String.format("%-24s %-15s %8.4f %8.4f %8.4f %19s %8.4f %8.4f%n", r.oodSet(), r.kind(),
                    m.fprAt95Tpr(), m.detectionError(), m.auroc(), ci, m.auprIn(), m.auprOut()));
        }
        sb.append("scores and tables written to ").append(report.folder()).append(System.lineSeparator());
        return sb.toString();
    }
}
