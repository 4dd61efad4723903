package io.kys.ood;

import io.kys.data.ImageSet;
import io.kys.model.ClassifierModel;
import io.kys.model.Inference;
import io.kys.progress.ProgressListener;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Scores a trained classifier's ID test images against OOD sets and computes the metrics. The ID
 * images are run through the network once, whatever the number of OOD sets.
 */
public final class OodEvaluator {
    private final ClassifierModel model;
    private final ScoreType score;
    private final double temperature;
    private final int bootstrap;
    private final long seed;

    /**
     * @param model the classifier
     * @param score how logits become scores
     * @param temperature energy temperature
     * @param bootstrap resamples of the AUROC interval (0 = none)
     * @param seed seed of the bootstrap
     */
    public OodEvaluator(ClassifierModel model, ScoreType score, double temperature, int bootstrap, long seed) {
        this.model = model;
        this.score = score;
        this.temperature = temperature;
        this.bootstrap = bootstrap;
        this.seed = seed;
    }

    /** Scores of every image of {@code images}. */
    public double[] scores(ImageSet images, ProgressListener progress) {
        return score.scores(model.infer(images, progress), temperature);
    }

    /**
     * Evaluates {@code idTest} against each OOD set.
     *
     * @param idTest ID test images (in-classes)
     * @param oodSets name → (kind, images), in the order results should appear
     * @param progress receives progress of each inference pass
     */
    public Evaluation evaluate(ImageSet idTest, Map<String, OodSet> oodSets, ProgressListener progress) {
        Inference.Outputs idOut = model.infer(idTest, progress);
        double[] idScores = score.scores(idOut, temperature);
        List<DetectionResult> results = new ArrayList<>();
        Map<String, double[]> oodScores = new LinkedHashMap<>();
        for (Map.Entry<String, OodSet> e : oodSets.entrySet()) {
            double[] s = scores(e.getValue().images(), progress);
            oodScores.put(e.getKey(), s);
            OodResult metrics = OodMetrics.compute(idScores, s);
            ConfidenceInterval ci = bootstrap > 0 ? Bootstrap.aurocInterval(idScores, s, bootstrap, seed) : null;
            results.add(new DetectionResult(e.getKey(), e.getValue().kind(), score, idScores, s, metrics, ci));
        }
        int[] y = idTest.labels();
        double bacc = ClassificationMetrics.balancedAccuracy(y, idOut.predictions(), model.numClasses());
        return new Evaluation(bacc, results, idOut);
    }

    /**
     * An OOD set to compare against.
     *
     * @param kind {@link DetectionResult#NOVEL_CLASS} or {@link DetectionResult#MODALITY_SHIFT}
     * @param images its images
     */
    public record OodSet(String kind, ImageSet images) { }

    /**
     * All comparisons of one model.
     *
     * @param idBalancedAccuracy balanced accuracy on the ID test images
     * @param results one result per OOD set
     * @param idOutputs logits and features of the ID test images
     */
    public record Evaluation(double idBalancedAccuracy, List<DetectionResult> results, Inference.Outputs idOutputs) { }
}
