package io.kys.ood;

import io.kys.KysException;
import io.kys.data.ImageSet;
import io.kys.model.ClassifierModel;
import io.kys.model.FeatureSource;
import io.kys.model.Inference;
import io.kys.ood.detect.ClassifierGradients;
import io.kys.ood.detect.Detector;
import io.kys.ood.detect.DetectorException;
import io.kys.ood.detect.FitData;
import io.kys.ood.detect.FittedDetector;
import io.kys.ood.detect.Samples;
import io.kys.ood.detect.TrainingFreeDetector;
import io.kys.progress.ProgressListener;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Supplier;

/**
 * Evaluates post-hoc detectors on one trained classifier: each detector is fitted on the training
 * images, scores the ID test images and every OOD set, and gets the OOD metrics. This is the one
 * evaluation path of kys: {@code kys detect}, the comparisons, the reproduction grid and the
 * notebooks all come here.
 *
 * <p>The network runs once per image set whatever the number of detectors (and not at all for the
 * sets its {@link FeatureSource} already holds), over the training images only when a detector
 * learns from them, and through its gradients only for detectors that perturb inputs (ODIN, whose
 * scores the source may keep as well). A detector that cannot be fitted or cannot score
 * ({@link DetectorException}) becomes a failed {@link DetectorOutcome}; the others still run.
 */
public final class OodEvaluator {
    /** The name the training images have in the {@link FeatureSource}. */
    public static final String TRAIN_SET = "train";
    /** The name the ID test images have in the {@link FeatureSource}. */
    public static final String TEST_SET = "test";

    private final ClassifierModel model;
    private final List<Detector> detectors;
    private final int bootstrap;
    private final long seed;
    private final FeatureSource features;

    /**
     * An evaluation that runs the network for every set.
     *
     * @see #OodEvaluator(ClassifierModel, List, int, long, FeatureSource)
     */
    public OodEvaluator(ClassifierModel model, List<Detector> detectors, int bootstrap, long seed) {
        this(model, detectors, bootstrap, seed, FeatureSource.direct(model));
    }

    /**
     * @param model the classifier
     * @param detectors the detectors, at least one, no name twice; the first is the evaluation's
     *     main one ({@link Evaluation#results()})
     * @param bootstrap resamples of the AUROC interval (0 = none)
     * @param seed seed of the bootstrap
     * @param features where the network's outputs come from, e.g. a run's feature cache
     * @throws KysException for no detector or a repeated name
     */
    public OodEvaluator(ClassifierModel model, List<Detector> detectors, int bootstrap, long seed,
                        FeatureSource features) {
        if (detectors.isEmpty()) {
            throw new KysException("no detector to evaluate");
        }
        Set<String> names = new HashSet<>();
        for (Detector d : detectors) {
            if (!names.add(d.name())) {
                throw new KysException("detector " + d.name() + " is listed twice; evaluate each detector once");
            }
        }
        this.model = model;
        this.detectors = List.copyOf(detectors);
        this.bootstrap = bootstrap;
        this.seed = seed;
        this.features = features;
    }

    /**
     * Evaluates every detector on {@code idTest} against each OOD set.
     *
     * @param train the in-class training images the detectors are fitted on
     * @param idTest ID test images (in-classes)
     * @param oodSets name → (kind, images), in the order results should appear
     * @param progress receives progress of each network pass
     */
    public Evaluation evaluate(ImageSet train, ImageSet idTest, Map<String, OodSet> oodSets, ProgressListener progress) {
        ScoredSet id = new ScoredSet(TEST_SET, null, idTest, features.outputs(TEST_SET, idTest, progress));
        List<ScoredSet> sets = new ArrayList<>();
        oodSets.forEach((name, set) -> sets.add(new ScoredSet(name, set.kind(), set.images(),
                features.outputs(name, set.images(), progress))));
        FitData fit = detectors.stream().allMatch(d -> d instanceof TrainingFreeDetector) ? null
                : FitData.of(features.outputs(TRAIN_SET, train, progress), train.labels(), model.head());
        List<DetectorOutcome> outcomes = evaluateAll(fit, id, sets);
        double bacc = ClassificationMetrics.balancedAccuracy(idTest.labels(), id.outputs.predictions(),
                model.numClasses());
        return new Evaluation(bacc, outcomes);
    }

    /**
     * Every detector's outcome, in the order asked for. Detectors that only read the network's
     * outputs are independent pure computations, so they run side by side on the machine's cores
     * (each gives the same numbers as alone: no state is shared and each bootstrap has its own
     * seeded generator); those that run the network go one after another on this thread, the
     * engine's, where the network and its cache are used.
     */
    private List<DetectorOutcome> evaluateAll(FitData fit, ScoredSet id, List<ScoredSet> sets) {
        id.prepare();
        sets.forEach(ScoredSet::prepare);
        List<Detector> offline = detectors.stream().filter(d -> !d.needsNetwork()).toList();
        Map<Detector, DetectorOutcome> done = new HashMap<>();
        int threads = Math.min(offline.size(), Runtime.getRuntime().availableProcessors());
        if (threads > 1) {
            ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
                Thread t = new Thread(r, "kys-detector");
                t.setDaemon(true);
                return t;
            });
            try {
                Map<Detector, Future<DetectorOutcome>> futures = new LinkedHashMap<>();
                for (Detector d : offline) {
                    futures.put(d, pool.submit(() -> evaluate(d, fit, id, sets)));
                }
                for (Map.Entry<Detector, Future<DetectorOutcome>> f : futures.entrySet()) {
                    done.put(f.getKey(), join(f.getValue()));
                }
            } finally {
                pool.shutdownNow();
            }
        }
        List<DetectorOutcome> outcomes = new ArrayList<>();
        for (Detector d : detectors) {
            DetectorOutcome outcome = done.get(d);
            outcomes.add(outcome != null ? outcome : evaluate(d, fit, id, sets));
        }
        return outcomes;
    }

    /** The outcome of a detector run on the pool; its unchecked failures surface as they would alone. */
    private static DetectorOutcome join(Future<DetectorOutcome> future) {
        try {
            return future.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new KysException("interrupted while evaluating detectors");
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            if (e.getCause() instanceof Error err) {
                throw err;
            }
            throw new KysException("detector evaluation failed: " + e.getCause());
        }
    }

    private DetectorOutcome evaluate(Detector detector, FitData fit, ScoredSet id, List<ScoredSet> sets) {
        long start = System.nanoTime();
        try {
            FittedDetector fitted = detector instanceof TrainingFreeDetector free ? free.scorer() : detector.fit(fit);
            double[] idScores = id.scores(detector, fitted);
            List<OodSetResult> results = new ArrayList<>();
            for (ScoredSet set : sets) {
                double[] s = set.scores(detector, fitted);
                ConfidenceInterval ci = bootstrap > 0 ? Bootstrap.aurocInterval(idScores, s, bootstrap, seed) : null;
                results.add(new OodSetResult(set.name, set.kind, detector.name(), idScores, s,
                        OodMetrics.of(idScores, s), ci));
            }
            return DetectorOutcome.of(detector.name(), results, seconds(start));
        } catch (DetectorException e) {
            return DetectorOutcome.failed(detector.name(), e.reason(), seconds(start));
        }
    }

    private static double seconds(long start) {
        return (System.nanoTime() - start) / 1e9;
    }

    /** An image set with its network outputs, turned into detector samples once for all detectors. */
    private final class ScoredSet {
        private final String name;
        private final OodKind kind;
        private final ImageSet images;
        private final Inference.Outputs outputs;
        private Samples samples;
        private Samples withNetwork;

        ScoredSet(String name, OodKind kind, ImageSet images, Inference.Outputs outputs) {
            this.name = name;
            this.kind = kind;
            this.images = images;
            this.outputs = outputs;
        }

        /**
         * The detector's scores, checked finite: a NaN score has no place in a ranking metric. A
         * detector that runs the network gets the inputs, and its scores go through the feature
         * source, which may keep them.
         */
        /** Builds the detector samples before detectors share this set across threads. */
        void prepare() {
            if (samples == null) {
                samples = Samples.of(outputs);
            }
        }

        double[] scores(Detector detector, FittedDetector fitted) {
            prepare();
            double[] scores;
            if (detector.needsNetwork()) {
                Supplier<double[]> perturbed = () -> fitted.score(withNetwork());
                scores = detector.scoresKey().map(key -> features.detectorScores(name, images, key, perturbed))
                        .orElseGet(perturbed);
            } else {
                scores = fitted.score(samples);
            }
            for (int i = 0; i < scores.length; i++) {
                if (!Double.isFinite(scores[i])) {
                    throw new DetectorException(detector.name(), "scored image " + i + " of " + name + " as " + scores[i]);
                }
            }
            return scores;
        }

        private Samples withNetwork() {
            if (withNetwork == null) {
                withNetwork = samples.withNetwork(ClassifierGradients.inputs(images), new ClassifierGradients(model));
            }
            return withNetwork;
        }
    }

    /**
     * An OOD set to compare against.
     *
     * @param kind what the set is made of
     * @param images its images
     */
    public record OodSet(OodKind kind, ImageSet images) { }

    /**
     * All detectors on one model.
     *
     * @param idBalancedAccuracy balanced accuracy on the ID test images
     * @param detectors one outcome per detector, in the order asked for
     */
    public record Evaluation(double idBalancedAccuracy, List<DetectorOutcome> detectors) {
        /** Copies the list. */
        public Evaluation {
            detectors = List.copyOf(detectors);
        }

        /**
         * The results of the main (first) detector, one per OOD set.
         *
         * @throws KysException when that detector failed, with its reason
         */
        public List<OodSetResult> results() {
            DetectorOutcome main = detectors.get(0);
            if (main.failed()) {
                throw new KysException("detector " + main.detector() + " failed: " + main.failure());
            }
            return main.results();
        }

        /**
         * The outcome of detector {@code name}.
         *
         * @throws KysException when it was not evaluated, naming those that were
         */
        public DetectorOutcome outcome(String name) {
            return detectors.stream().filter(d -> d.detector().equals(name)).findFirst()
                    .orElseThrow(() -> new KysException("detector " + name + " was not evaluated; evaluated: "
                            + String.join(", ", names())));
        }

        /** The detectors' names, in order. */
        public List<String> names() {
            return detectors.stream().map(DetectorOutcome::detector).toList();
        }
    }
}
