package io.kys.experiment;

import io.kys.ood.detect.DetectorSpec;
import java.nio.file.Path;
import java.util.List;

/**
 * One detection job over a trained run.
 *
 * @param dataset the run's ID dataset (catalog name or path)
 * @param model the run's model preset
 * @param runName the run's folder name ({@code --dir-name})
 * @param checkpoint {@code best} or {@code last}
 * @param dataDir folder of datasets
 * @param ckptDir root of checkpoint folders
 * @param resultsDir root of result folders
 * @param outDatasets modality-shift sets to use; empty means every other dataset present locally
 * @param detectors the detectors, the first being the main one
 * @param bootstrap AUROC bootstrap resamples (0 = none)
 * @param maxOodImages cap on images per OOD set (0 = all), seeded subset
 * @param maxFitImages cap on the training images detectors are fitted on (0 = all), seeded subset
 * @param device {@code auto}, {@code cpu} or {@code gpu}
 * @param seed seed of subsets and bootstrap
 * @param recomputeBatchNorm whether to replace the checkpoint's BatchNorm running statistics by
 *     their average over the images the detectors are fitted on before anything is scored
 */
public record DetectSpec(String dataset, String model, String runName, String checkpoint, Path dataDir,
                         Path ckptDir, Path resultsDir, List<String> outDatasets, List<DetectorSpec> detectors,
                         int bootstrap, int maxOodImages, int maxFitImages, String device, long seed,
                         boolean recomputeBatchNorm) {
    /** Copies the lists. */
    public DetectSpec {
        outDatasets = List.copyOf(outDatasets);
        detectors = List.copyOf(detectors);
    }

    /** How the scored checkpoint is named in reports: {@code best} or {@code last}, and how its statistics were taken. */
    public String checkpointLabel() {
        return recomputeBatchNorm ? checkpoint + " (BatchNorm recomputed on ID training images)" : checkpoint;
    }
}
