package io.kys.experiment;

import io.kys.train.TrainConfig;
import java.nio.file.Path;

/**
 * One training job: which data, which configuration, where the run goes.
 *
 * @param dataset catalog name or {@code .npz} path
 * @param dataDir folder of downloaded datasets
 * @param novelClasses override of the default novel classes ({@code "6,7"}), or null
 * @param ckptDir root of the checkpoint folders
 * @param ckptName name of this run's folder
 * @param device {@code auto}, {@code cpu} or {@code gpu}
 * @param config the training configuration
 * @param resume continue the run's last checkpoint
 */
public record TrainSpec(String dataset, Path dataDir, String novelClasses, Path ckptDir, String ckptName,
                        String device, TrainConfig config, boolean resume) {
}
