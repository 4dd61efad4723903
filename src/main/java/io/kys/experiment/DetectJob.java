package io.kys.experiment;

import com.google.gson.Gson;
import com.google.gson.JsonObject;
import io.kys.KysException;
import io.kys.data.DatasetLoader;
import io.kys.data.ImageSet;
import io.kys.data.MedMnistDataset;
import io.kys.data.PreparedData;
import io.kys.model.ClassifierModel;
import io.kys.model.Devices;
import io.kys.ood.OodEvaluator;
import io.kys.progress.ProgressListener;
import io.kys.train.RunDirectory;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/**
 * Scores a trained run against its novel classes and other datasets, and writes the reference's
 * layout: {@code <results>/<model>/<dataset>/<run>/<ood-set>/scores_<score>_In.txt} and
 * {@code _Out.txt}, plus {@code results.csv} and {@code results.json} in the run's result folder.
 */
public final class DetectJob {
    private DetectJob() { }

    /** Runs detection and writes its files. */
    public static DetectReport run(DetectSpec spec, ProgressListener progress) {
        MedMnistDataset dataset = DatasetLoader.load(spec.dataset(), spec.dataDir());
        String name = dataset.name();
        RunDirectory run = RunDirectory.of(spec.ckptDir(), spec.model(), name, spec.runName());
        JsonObject config = readConfig(run);
        String novel = config.has("novelClasses") ? config.get("novelClasses").getAsString() : "";
        PreparedData prepared = PreparedData.of(dataset, novel);
        Path checkpoint = run.checkpoint(spec.checkpoint());
        Map<String, ImageSet> others = spec.outDatasets().isEmpty()
                ? DataPreparation.otherDatasets(name, spec.dataDir(), spec.maxOodImages(), spec.seed())
                : DataPreparation.namedDatasets(spec.outDatasets().toArray(String[]::new), spec.dataDir(),
                        spec.maxOodImages(), spec.seed());
        Map<String, OodEvaluator.OodSet> sets = EvaluationSets.of(prepared, spec.maxOodImages(), spec.seed(), others,
                spec.dataDir());
        try (ClassifierModel model = ClassifierModel.open(checkpoint, Devices.resolve(spec.device()))) {
            if (model.numClasses() != prepared.numClasses()) {
                throw new KysException("checkpoint " + checkpoint + " predicts " + model.numClasses()
                        + " classes but the split of " + name + " has " + prepared.numClasses());
            }
            OodEvaluator.Evaluation eval = new OodEvaluator(model, spec.score(), spec.temperature(),
                    spec.bootstrap(), spec.seed()).evaluate(prepared.data().testIn(), sets, progress);
            Path out = spec.resultsDir().resolve(spec.model()).resolve(name).resolve(spec.runName());
            DetectReport report = new DetectReport(name, spec.model(), spec.runName(), spec.checkpoint(),
                    eval.idBalancedAccuracy(), eval.results(), out);
            ResultFiles.write(report);
            return report;
        }
    }

    private static JsonObject readConfig(RunDirectory run) {
        Path file = run.root().resolve("config.json");
        if (!Files.isRegularFile(file)) {
            throw new KysException("no trained run at " + run.root() + "; train it first with `kys train`");
        }
        try {
            return new Gson().fromJson(Files.readString(file), JsonObject.class);
        } catch (IOException | RuntimeException e) {
            throw new KysException("cannot read " + file + ": " + e.getMessage(), e);
        }
    }
}
