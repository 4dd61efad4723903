package io.kys.experiment;

import io.kys.KysException;
import io.kys.data.PreparedData;
import io.kys.model.ClassifierModel;
import io.kys.model.Devices;
import io.kys.model.FeatureCache;
import io.kys.ood.OodEvaluator;
import io.kys.ood.detect.Detector;
import io.kys.ood.detect.Detectors;
import io.kys.progress.ProgressListener;
import io.kys.train.RunDirectory;
import io.kys.train.TrainConfig;
import io.kys.train.TrainResult;
import io.kys.train.TrainingListener;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Trains one protocol on prepared data and evaluates its best checkpoint against a fixed
 * collection of OOD sets ({@link EvaluationSets}) with a fixed list of detectors (by default the
 * method's energy at the run's temperature). A run folder that already holds a finished run is
 * reused and an unfinished one resumed, so repeating a comparison only does what is missing; the
 * network's outputs are cached in the run folder ({@link FeatureCache}), so evaluating it again
 * with other detectors runs no network pass over sets seen before.
 */
public final class ProtocolComparison {
    private final PreparedData data;
    private final Map<String, OodEvaluator.OodSet> oodSets;
    private final Path ckptDir;
    private final String device;
    private final int bootstrap;
    private final List<Detector> detectors;
    private final int maxFitImages;

    /**
     * A comparison on {@code data}, every run evaluated against {@code oodSets}.
     *
     * @param data the ID dataset with its split
     * @param oodSets the sets every run is evaluated against ({@link EvaluationSets})
     * @param ckptDir root of the run folders
     * @param device {@code auto}, {@code cpu} or {@code gpu}
     * @param bootstrap AUROC bootstrap resamples (0 = none)
     */
    public ProtocolComparison(PreparedData data, Map<String, OodEvaluator.OodSet> oodSets, Path ckptDir,
                              String device, int bootstrap) {
        this(data, oodSets, ckptDir, device, bootstrap, List.of(), 0);
    }

    private ProtocolComparison(PreparedData data, Map<String, OodEvaluator.OodSet> oodSets, Path ckptDir,
                               String device, int bootstrap, List<Detector> detectors, int maxFitImages) {
        this.data = data;
        this.oodSets = Collections.unmodifiableMap(new LinkedHashMap<>(oodSets));
        this.ckptDir = ckptDir;
        this.device = device;
        this.bootstrap = bootstrap;
        this.detectors = List.copyOf(detectors);
        this.maxFitImages = maxFitImages;
    }

    /**
     * The same comparison evaluated with {@code detectors} (the first is the main one; empty for
     * energy at each run's temperature), fitted on at most {@code maxFitImages} training images
     * (a seeded subset; 0 = all).
     */
    public ProtocolComparison withDetectors(List<Detector> detectors, int maxFitImages) {
        return new ProtocolComparison(data, oodSets, ckptDir, device, bootstrap, detectors, maxFitImages);
    }

    /** The OOD sets every protocol is evaluated against. */
    public Map<String, OodEvaluator.OodSet> oodSets() {
        return oodSets;
    }

    /**
     * Trains (or reuses) and evaluates one configuration.
     *
     * @param config the training configuration (its protocol and seed name the run)
     * @param runName the run folder's name
     */
    public ProtocolRun run(TrainConfig config, String runName, TrainingListener listener, ProgressListener progress) {
        long start = System.nanoTime();
        TrainSpec spec = new TrainSpec(data, ckptDir, runName, device, config, true);
        requireResumable(TrainJob.runDirectory(spec), config);
        TrainResult trained = TrainJob.run(spec, listener, progress);
        trained.model().close();
        Path best = trained.run().checkpoint(RunDirectory.BEST);
        try (ClassifierModel model = ClassifierModel.open(best, Devices.resolve(device))) {
            List<Detector> used = detectors.isEmpty() ? List.of(Detectors.energy(config.margins().temperature())) : detectors;
            OodEvaluator.Evaluation eval = new OodEvaluator(model, used, bootstrap, config.seed(),
                    FeatureCache.of(model, trained.run().root()))
                    .evaluate(DataPreparation.limit(data.data().trainIn(), maxFitImages, config.seed()),
                            data.data().testIn(), oodSets, ProgressListener.NONE);
            return new ProtocolRun(config.protocol(), config.seed(), trained.epochs(), eval,
                    (System.nanoTime() - start) / 1e9);
        }
    }

    /**
     * Refuses to continue a run folder trained with another configuration, which would mix two
     * runs in one checkpoint. Only the number of epochs may differ: a finished run can be extended.
     */
    static void requireResumable(RunDirectory run, TrainConfig config) {
        if (!run.hasCheckpoint()) {
            return;
        }
        Map<String, String> wanted = config.describe();
        run.storedConfig().ifPresent(stored -> {
            List<String> differ = new ArrayList<>();
            for (Map.Entry<String, String> e : wanted.entrySet()) {
                if (!e.getKey().equals("schedule.epochs") && !e.getValue().equals(stored.get(e.getKey()))) {
                    differ.add(e.getKey() + " " + stored.get(e.getKey()) + " there, " + e.getValue() + " now");
                }
            }
            if (!differ.isEmpty()) {
                throw new KysException("run folder " + run.root() + " was trained with another configuration ("
                        + String.join("; ", differ) + "); delete it or choose another output folder");
            }
        });
    }
}
