package io.kys.ood;

/**
 * One ID-vs-OOD comparison.
 *
 * @param oodSet name of the OOD set (a dataset name, or {@code <dataset>-novel} for novel classes)
 * @param kind what the OOD set is made of
 * @param detector the registry name of the detector that scored both sets
 * @param idScores scores of the ID test images
 * @param oodScores scores of the OOD images
 * @param metrics the OOD metrics
 * @param aurocInterval bootstrap interval of the AUROC, or null when not computed
 */
public record OodSetResult(String oodSet, OodKind kind, String detector, double[] idScores,
                           double[] oodScores, OodMetrics metrics, ConfidenceInterval aurocInterval) { }
