package io.kys.experiment;

import io.kys.data.PreparedData;
import io.kys.train.TrainConfig;
import java.nio.file.Path;
import java.util.Objects;

/**
 * One training job: which data, which configuration, where the run goes.
 *
 * @param data the dataset with its open-set split applied
 * @param ckptDir root of the checkpoint folders
 * @param ckptName name of this run's folder
 * @param device {@code auto}, {@code cpu} or {@code gpu}
 * @param config the training configuration
 * @param resume continue the run's last checkpoint
 */
public record TrainSpec(PreparedData data, Path ckptDir, String ckptName, String device, TrainConfig config,
                        boolean resume) {
    /** Checks the parts a run cannot do without are present. */
    public TrainSpec {
        Objects.requireNonNull(data, "data");
        Objects.requireNonNull(ckptDir, "ckptDir");
        Objects.requireNonNull(ckptName, "ckptName");
        Objects.requireNonNull(config, "config");
    }
}
