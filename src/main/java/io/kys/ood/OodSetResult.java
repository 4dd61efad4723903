package io.kys.ood;

/**
 * One ID-vs-OOD comparison.
 *
 * @param oodSet name of the OOD set (a dataset name, or {@code <dataset>-novel} for novel classes)
 * @param kind {@code novel-class} or {@code modality-shift}
 * @param detector the registry name of the detector that scored both sets
 * @param idScores scores of the ID test images
 * @param oodScores scores of the OOD images
 * @param metrics the OOD metrics
 * @param aurocInterval bootstrap interval of the AUROC, or null when not computed
 */
public record OodSetResult(String oodSet, String kind, String detector, double[] idScores,
                           double[] oodScores, OodMetrics metrics, ConfidenceInterval aurocInterval) {
    /** Kind of an OOD set made of the dataset's own held-out classes. */
    public static final String NOVEL_CLASS = "novel-class";
    /** Kind of an OOD set made of another dataset. */
    public static final String MODALITY_SHIFT = "modality-shift";
}
