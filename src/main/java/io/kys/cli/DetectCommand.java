package io.kys.cli;

import io.kys.KysException;
import io.kys.experiment.DetectJob;
import io.kys.experiment.DetectReport;
import io.kys.experiment.DetectSpec;
import io.kys.experiment.DetectorTables;
import io.kys.model.ModelPreset;
import io.kys.ood.OodSetResult;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code kys detect}: fits post-hoc detectors on a trained run and scores novel classes and other datasets. */
@Command(name = "detect", mixinStandardHelpOptions = true,
        description = {"Evaluate OOD detection of a trained run: novel classes of the ID dataset and every "
                + "other MedMNIST dataset present locally (or --out-datasets), with one or more post-hoc detectors "
                + "fitted on the run's in-class training images.",
            "Prints one table detector x OOD set; a detector that cannot be fitted shows as failed with the reason. "
                + "The network's outputs are cached in the run folder (features/), so another call on the same "
                + "checkpoint runs no network pass but ODIN's."})
public final class DetectCommand implements Callable<Integer> {
    @Mixin
    RunOptions run;

    @Mixin
    DetectorOptions detectors;

    @Mixin
    ReferenceScoreOptions referenceScore;

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

    @Option(names = "--bootstrap", defaultValue = "1000", description = "AUROC bootstrap resamples, 0 = none (default: ${DEFAULT-VALUE}).")
    int bootstrap;

    @Option(names = "--max-ood-images", defaultValue = "0", description = "Cap per OOD set, seeded subset (0 = all).")
    int maxOodImages;

    @Option(names = "--max-fit-images", defaultValue = "0", description = "Cap on the training images detectors are fitted on, seeded subset (0 = all).")
    int maxFitImages;

    @Option(names = "--recompute-batchnorm", description = {"Replace the checkpoint's BatchNorm running statistics "
            + "by their average over the in-class training images the detectors are fitted on (see --max-fit-images; "
            + "batches of 128, training-mode passes) before scoring. "
            + "After a short run they hold mostly its last batches, ID images mixed with outliers; see docs/fidelity.md."})
    boolean recomputeBatchNorm;

    @Option(names = "--results-dir", defaultValue = "results", description = "Results root (default: ${DEFAULT-VALUE}).")
    Path resultsDir;

    @Override
    public Integer call() {
        if (!checkpoint.equals("best") && !checkpoint.equals("last")) {
            throw new KysException("--checkpoint must be best or last, got '" + checkpoint + "'");
        }
        DetectSpec spec = new DetectSpec(dataset, ModelPreset.parse(model).id(), dirName, checkpoint, run.dataDir(),
                run.ckptDir, resultsDir, outDatasets == null ? List.of() : outDatasets, referenceScore.chosen(detectors), bootstrap,
                maxOodImages, maxFitImages, run.device, run.seed, recomputeBatchNorm);
        DetectJob.Result result = DetectJob.run(spec, new ConsoleProgress());
        System.out.print(format(result));
        return 0;
    }

    /** What {@code kys detect} prints: the run, the OOD sets, the detector table, the cache and the time. */
    static String format(DetectJob.Result result) {
        DetectReport report = result.report();
        String n = System.lineSeparator();
        StringBuilder sb = new StringBuilder();
        sb.append(String.format(Locale.ROOT, "%s / %s / %s (%s checkpoint): ID balanced accuracy %.4f%n", report.dataset(),
                report.model(), report.runName(), report.checkpoint(), report.idBalancedAccuracy()));
        List<OodSetResult> sets = report.evaluation().detectors().stream().filter(d -> !d.failed()).findFirst()
                .map(d -> d.results()).orElse(List.of());
        if (!sets.isEmpty()) {
            sb.append("ID test ").append(sets.get(0).idScores().length).append(" images; OOD sets: ")
                    .append(sets.stream().map(r -> r.oodSet() + " (" + r.kind().label() + ", " + r.oodScores().length + ")")
                            .collect(Collectors.joining(", "))).append(n);
        }
        sb.append(TextTable.of(DetectorTables.bySet("detectors", report.evaluation(), report.labels())).render()).append(n);
        double detectorSeconds = report.evaluation().detectors().stream().mapToDouble(d -> d.seconds()).sum();
        sb.append(String.format(Locale.ROOT, "network outputs (features and logits of each image set, ODIN's scores): "
                + "%d computed, %d read from %s%n", result.setsComputed(), result.setsReused(), result.cache()));
        // Detectors run side by side, so their summed times can exceed the wall time they took.
        sb.append(String.format(Locale.ROOT, "%d detector%s fitted and scored, %.2f s of detector time summed; %.2f s in all%n",
                report.labels().size(), report.labels().size() == 1 ? "" : "s", detectorSeconds, result.seconds()));
        sb.append("scores and tables (all five metrics) written to ").append(report.folder()).append(n);
        return sb.toString();
    }
}
