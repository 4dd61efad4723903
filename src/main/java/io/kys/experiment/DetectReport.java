package io.kys.experiment;

import io.kys.ood.OodEvaluator;
import java.nio.file.Path;
import java.util.List;

/**
 * What the detectors found on one checkpoint, and where its files go.
 *
 * @param dataset ID dataset
 * @param model model preset
 * @param runName run folder name
 * @param checkpoint which checkpoint was scored
 * @param evaluation the ID balanced accuracy and one outcome per detector
 * @param labels how each detector is named in tables, in the order of the outcomes: its name, with
 *     the parameters given to it ({@code knn(k=10)})
 * @param folder where the score files and tables are written
 */
public record DetectReport(String dataset, String model, String runName, String checkpoint,
                           OodEvaluator.Evaluation evaluation, List<String> labels, Path folder) {
    /** Copies the labels; there must be one per detector. */
    public DetectReport {
        labels = List.copyOf(labels);
        if (labels.size() != evaluation.detectors().size()) {
            throw new IllegalArgumentException(labels.size() + " labels for " + evaluation.detectors().size() + " detectors");
        }
    }

    /** A report whose detectors are labelled by their names. */
    public static DetectReport named(String dataset, String model, String runName, String checkpoint,
                                     OodEvaluator.Evaluation evaluation, Path folder) {
        return new DetectReport(dataset, model, runName, checkpoint, evaluation, evaluation.names(), folder);
    }

    /** Balanced accuracy on the ID test images. */
    public double idBalancedAccuracy() {
        return evaluation.idBalancedAccuracy();
    }
}
