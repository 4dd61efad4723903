package io.kys.deploy;

import ai.djl.engine.Engine;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import io.kys.KysException;
import io.kys.data.DatasetLoader;
import io.kys.data.ImageSet;
import io.kys.data.MedMnistDataset;
import io.kys.data.OpenSetData;
import io.kys.data.PreparedData;
import io.kys.experiment.DataPreparation;
import io.kys.experiment.EvaluationSets;
import io.kys.model.CheckpointInfo;
import io.kys.model.Checkpoints;
import io.kys.model.ClassifierModel;
import io.kys.model.Devices;
import io.kys.model.Inference;
import io.kys.ood.Bootstrap;
import io.kys.ood.ClassificationMetrics;
import io.kys.ood.OodEvaluator;
import io.kys.ood.OodMetrics;
import io.kys.ood.detect.ClassifierGradients;
import io.kys.ood.detect.Detector;
import io.kys.ood.detect.Detectors;
import io.kys.ood.detect.FittedDetector;
import io.kys.ood.detect.Matrix;
import io.kys.ood.detect.OdinDetector;
import io.kys.ood.detect.Samples;
import io.kys.progress.ProgressListener;
import io.kys.train.RunDirectory;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Exports a trained run as a bundle ({@link BundleLayout}): opens the run's checkpoint, fits the
 * detector on the ID training features, chooses the threshold for the target TPR on the ID
 * validation split, evaluates it on the test split (ID test images, the novel classes, and every
 * other dataset present, as {@code kys detect} does) and writes everything into one zip.
 *
 * <p>The evaluation uses the same forward passes and detector as {@link KysDetector}, so the
 * bundle's recorded rates are what scoring the same images with the bundle gives.
 */
public final class BundleExporter {
    private static final int BATCH = 256;

    private BundleExporter() { }

    /**
     * Writes the bundle of {@code spec}.
     *
     * @return the manifest written
     * @throws KysException for a missing run, a dataset file other than the one the run was trained
     *     on, an unknown detector or parameter, or a detector that cannot be fitted
     */
    public static BundleManifest export(ExportSpec spec, ProgressListener progress) {
        Detector detector = Detectors.create(spec.detector(), spec.params());
        if (!spec.out().toString().toLowerCase(Locale.ROOT).endsWith(".zip")) {
            throw new KysException("the bundle must be a .zip file, got " + spec.out());
        }
        if (!spec.checkpoint().equals(RunDirectory.BEST) && !spec.checkpoint().equals(RunDirectory.LAST)) {
            throw new KysException("--checkpoint must be best or last, got '" + spec.checkpoint() + "'");
        }
        MedMnistDataset dataset = DatasetLoader.load(spec.dataset(), spec.dataDir());
        RunDirectory run = RunDirectory.of(spec.ckptDir(), spec.model(), dataset.name(), spec.runName());
        JsonObject config = run.configJson();
        String trainedOn = text(config, "datasetMd5");
        if (trainedOn != null && !trainedOn.equals(dataset.md5())) {
            throw new KysException("the run was trained on a file with MD5 " + trainedOn + " but " + dataset.file()
                    + " has MD5 " + dataset.md5() + "; export needs the data the run was trained on");
        }
        String novel = config.has("novelClasses") ? config.get("novelClasses").getAsString() : "";
        PreparedData prepared = PreparedData.of(dataset, novel);
        OpenSetData data = prepared.data();
        Path checkpoint = run.checkpoint(spec.checkpoint());
        if (!Checkpoints.exists(checkpoint, ClassifierModel.CHECKPOINT_NAME)) {
            throw new KysException("run " + run.root() + " has no " + spec.checkpoint() + " checkpoint");
        }
        CheckpointInfo info = Checkpoints.readInfo(checkpoint, ClassifierModel.CHECKPOINT_NAME);
        Map<String, String> md5s = new LinkedHashMap<>();
        md5s.put(dataset.name(), dataset.md5());
        Map<String, ImageSet> others = new LinkedHashMap<>();
        DataPreparation.otherDatasetFiles(dataset.name(), spec.dataDir()).forEach((name, file) -> {
            md5s.put(name, file.md5());
            others.put(name, file.test());
        });
        Map<String, OodEvaluator.OodSet> oodSets = EvaluationSets.of(prepared, 0, spec.seed(), others, spec.dataDir());

        Map<String, byte[]> entries = new LinkedHashMap<>();
        for (String file : List.of(ClassifierModel.CHECKPOINT_NAME + ".json", ClassifierModel.CHECKPOINT_NAME + ".params")) {
            entries.put(BundleLayout.modelEntry(file), readBytes(checkpoint.resolve(file)));
        }
        ImageSet fitSet = DataPreparation.limit(data.trainIn(), spec.fitLimit(), spec.seed());
        double[] valScores;
        double[] testScores;
        double balancedAccuracy;
        Map<String, double[]> oodScores = new LinkedHashMap<>();
        try (ClassifierModel model = ClassifierModel.open(checkpoint, Devices.resolve(spec.device()))) {
            if (model.numClasses() != prepared.numClasses()) {
                throw new KysException("checkpoint " + checkpoint + " predicts " + model.numClasses()
                        + " classes but the split of " + dataset.name() + " has " + prepared.numClasses());
            }
            NetworkRunner runner = new NetworkRunner(model, BATCH);
            Inference.Outputs fitOut = runner.run(fitSet, named(progress, "fit data"));
            entries.putAll(FitDataEntries.of(fitOut, fitSet.labels(), model));
            FittedDetector fitted = detector.fit(FitDataEntries.parse(entries::get, spec.out().toString()));
            boolean gradients = detector instanceof OdinDetector;
            valScores = scores(runner, fitted, gradients, model, data.valIn(), named(progress, "validation"), null);
            int[] predictions = new int[data.testIn().size()];
            testScores = scores(runner, fitted, gradients, model, data.testIn(), named(progress, "test"), predictions);
            balancedAccuracy = ClassificationMetrics.balancedAccuracy(data.testIn().labels(), predictions,
                    model.numClasses());
            oodSets.forEach((name, set) -> oodScores.put(name, scores(runner, fitted, gradients, model, set.images(),
                    named(progress, name), null)));
        }
        double threshold = TprThreshold.forTpr(valScores, spec.targetTpr());
        RateBootstrap bootstrap = new RateBootstrap(spec.bootstrap(), spec.seed());
        List<BundleManifest.OodRate> ood = new ArrayList<>();
        for (Map.Entry<String, OodEvaluator.OodSet> set : oodSets.entrySet()) {
            double[] s = oodScores.get(set.getKey());
            ood.add(new BundleManifest.OodRate(set.getKey(), set.getValue().kind(), bootstrap.accepted(s, threshold),
                    OodMetrics.of(testScores, s).auroc()));
        }
        BundleManifest.TestEvaluation evaluation = new BundleManifest.TestEvaluation("test", bootstrap.resamples(),
                spec.seed(), Bootstrap.LEVEL, balancedAccuracy, bootstrap.accepted(testScores, threshold),
                bootstrap.calibration(valScores, testScores, spec.targetTpr(), threshold), ood);
        BundleManifest manifest = new BundleManifest(BundleLayout.FORMAT,
                Instant.now().truncatedTo(ChronoUnit.SECONDS).toString(), versions(spec.kysVersion()),
                new BundleManifest.RunSource(dataset.name(), spec.model(), spec.runName(), spec.checkpoint(),
                        info.metadata().getOrDefault("epoch", ""), runSeed(config)),
                md5s,
                new BundleManifest.SplitFacts(prepared.split().inClasses(), prepared.split().novelClasses(),
                        data.inClassNames(), fitSet.size(), data.valIn().size(), data.testIn().size()),
                Preprocessing.current(dataset.channels(), squareSide(data.trainIn())),
                new BundleManifest.DetectorSpec(detector.name(), resolvedParams(detector.name(), spec.params()),
                        BundleLayout.DETECTOR_DIR + "/"),
                new BundleManifest.Calibration("val", spec.targetTpr(), threshold, valScores.length,
                        TprThreshold.acceptedFraction(valScores, threshold)),
                evaluation, config, Map.of());
        return BundleWriter.write(spec.out(), manifest, entries);
    }

    private static double[] scores(NetworkRunner runner, FittedDetector fitted, boolean gradients,
                                   ClassifierModel model, ImageSet images, ProgressListener progress,
                                   int[] predictionsOut) {
        Inference.Outputs out = runner.run(images, progress);
        if (predictionsOut != null) {
            System.arraycopy(out.predictions(), 0, predictionsOut, 0, out.count());
        }
        Samples samples = new Samples(Matrix.ofFloats(out.count(), out.dimension(), out.features()),
                Matrix.ofFloats(out.count(), out.classes(), out.logits()));
        if (gradients) {
            samples = samples.withNetwork(ClassifierGradients.inputs(images), new ClassifierGradients(model));
        }
        return fitted.score(samples);
    }

    /** The given parameters with every default that is a plain value, so a later kys with other defaults refits the same detector. */
    private static Map<String, String> resolvedParams(String detector, Map<String, String> given) {
        Map<String, String> all = new LinkedHashMap<>();
        Detectors.parameters(detector).forEach((key, fallback) -> {
            if (given.containsKey(key)) {
                all.put(key, given.get(key));
            } else if (isNumber(fallback)) {
                all.put(key, fallback);
            }
        });
        return all;
    }

    private static boolean isNumber(String text) {
        try {
            Double.parseDouble(text);
            return true;
        } catch (NumberFormatException e) {
            return false;
        }
    }

    private static int squareSide(ImageSet train) {
        if (train.height() != train.width()) {
            throw new KysException("training images are " + train.height() + " x " + train.width()
                    + "; bundles describe square training images only");
        }
        return train.height();
    }

    private static Map<String, String> versions(String kys) {
        Map<String, String> v = new LinkedHashMap<>();
        v.put("kys", kys);
        v.put("djl", Engine.getDjlVersion());
        v.put("pytorch", Engine.getInstance().getVersion());
        v.put("engine", Engine.getInstance().getEngineName());
        v.put("java", System.getProperty("java.version"));
        return v;
    }

    private static long runSeed(JsonObject config) {
        JsonObject c = config.has("config") && config.get("config").isJsonObject() ? config.getAsJsonObject("config")
                : null;
        String seed = c == null ? null : text(c, "seed");
        try {
            return seed == null ? 0 : Long.parseLong(seed);
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    private static String text(JsonObject o, String key) {
        JsonElement e = o.get(key);
        return e == null || e.isJsonNull() || !e.isJsonPrimitive() ? null : e.getAsString();
    }


    private static byte[] readBytes(Path file) {
        try {
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new KysException("cannot read " + file + ": " + e.getMessage(), e);
        }
    }

    private static ProgressListener named(ProgressListener progress, String task) {
        return new ProgressListener() {
            @Override
            public void start(String ignored, long total) {
                progress.start(task, total);
            }

            @Override
            public void progress(long done, String detail) {
                progress.progress(done, detail);
            }

            @Override
            public void finish() {
                progress.finish();
            }
        };
    }
}
