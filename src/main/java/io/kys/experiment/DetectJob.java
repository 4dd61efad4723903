package io.kys.experiment;

import com.google.gson.JsonObject;
import io.kys.KysException;
import io.kys.data.DatasetLoader;
import io.kys.data.ImageSet;
import io.kys.data.MedMnistDataset;
import io.kys.data.PreparedData;
import io.kys.model.ClassifierModel;
import io.kys.model.Devices;
import io.kys.model.FeatureCache;
import io.kys.ood.OodEvaluator;
import io.kys.ood.detect.DetectorSpec;
import io.kys.progress.ProgressListener;
import io.kys.train.RunDirectory;
import java.nio.file.Path;
import java.util.Map;

/**
 * Fits and scores detectors on a trained run against its novel classes and other datasets, and
 * writes the reference's layout: {@code <results>/<model>/<dataset>/<run>/<ood-set>/scores_<detector>_In.txt}
 * and {@code _Out.txt} per detector, plus {@code results.csv} and {@code results.json} in the run's
 * result folder. Network outputs go through the run's {@link FeatureCache}, so a second job on the
 * same checkpoint and images runs no network pass but ODIN's.
 */
public final class DetectJob {
    /** Images per pass when BatchNorm statistics are recomputed: the paper's training batch. */
    private static final int BATCH_NORM_BATCH = 128;

    private DetectJob() { }

    /**
     * What a job did.
     *
     * @param report the results, as written
     * @param setsComputed network outputs computed (and stored in the cache): features and logits
     *     of an image set, or ODIN's scores of one
     * @param setsReused network outputs read from the cache
     * @param cache the cache folder of the checkpoint
     * @param seconds wall time from loading the data to the written files
     */
    public record Result(DetectReport report, int setsComputed, int setsReused, Path cache, double seconds) { }

    /** Runs detection and writes its files. */
    public static Result run(DetectSpec spec, ProgressListener progress) {
        long start = System.nanoTime();
        MedMnistDataset dataset = DatasetLoader.load(spec.dataset(), spec.dataDir());
        String name = dataset.name();
        RunDirectory run = RunDirectory.of(spec.ckptDir(), spec.model(), name, spec.runName());
        JsonObject config = run.configJson();
        String novel = config.has("novelClasses") ? config.get("novelClasses").getAsString() : "";
        PreparedData prepared = PreparedData.of(dataset, novel);
        Path checkpoint = run.checkpoint(spec.checkpoint());
        Map<String, ImageSet> others = spec.outDatasets().isEmpty()
                ? DataPreparation.otherDatasets(name, spec.dataDir(), spec.maxOodImages(), spec.seed())
                : DataPreparation.namedDatasets(spec.outDatasets().toArray(String[]::new), spec.dataDir(),
                        spec.maxOodImages(), spec.seed());
        Map<String, OodEvaluator.OodSet> sets = EvaluationSets.of(prepared, spec.maxOodImages(), spec.seed(), others,
                spec.dataDir());
        ImageSet fit = DataPreparation.limit(prepared.data().trainIn(), spec.maxFitImages(), spec.seed());
        try (ClassifierModel model = ClassifierModel.open(checkpoint, Devices.resolve(spec.device()))) {
            if (model.numClasses() != prepared.numClasses()) {
                throw new KysException("checkpoint " + checkpoint + " predicts " + model.numClasses()
                        + " classes but the split of " + name + " has " + prepared.numClasses());
            }
            if (spec.recomputeBatchNorm()) {
                // before the cache is keyed: its key is the digest of every parameter, statistics included
                model.recomputeBatchNorm(fit, BATCH_NORM_BATCH, spec.seed(), progress);
            }
            FeatureCache cache = FeatureCache.of(model, run.root());
            OodEvaluator.Evaluation eval = new OodEvaluator(model,
                    spec.detectors().stream().map(DetectorSpec::create).toList(), spec.bootstrap(), spec.seed(), cache)
                    .evaluate(fit, prepared.data().testIn(), sets, progress);
            Path out = spec.resultsDir().resolve(spec.model()).resolve(name).resolve(spec.runName());
            DetectReport report = new DetectReport(name, spec.model(), spec.runName(), spec.checkpointLabel(), eval,
                    spec.detectors().stream().map(DetectorSpec::label).toList(), out);
            ResultFiles.write(report);
            return new Result(report, cache.computed(), cache.reused(), cache.folder(), (System.nanoTime() - start) / 1e9);
        }
    }

}
