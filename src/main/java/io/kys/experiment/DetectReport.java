package io.kys.experiment;

import io.kys.ood.DetectionResult;
import java.nio.file.Path;
import java.util.List;

/**
 * What one detection job found.
 *
 * @param dataset ID dataset
 * @param model model preset
 * @param runName run folder name
 * @param checkpoint which checkpoint was scored
 * @param idBalancedAccuracy balanced accuracy on the ID test images
 * @param results one result per OOD set
 * @param folder where the score files and tables were written
 */
public record DetectReport(String dataset, String model, String runName, String checkpoint,
                           double idBalancedAccuracy, List<DetectionResult> results, Path folder) {
}
