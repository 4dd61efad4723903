package io.kys.experiment;

import io.kys.data.PreparedData;
import io.kys.model.Devices;
import io.kys.progress.ProgressListener;
import io.kys.train.EnergyTrainer;
import io.kys.train.RunDirectory;
import io.kys.train.TrainResult;
import io.kys.train.TrainingListener;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

/** Runs a {@link TrainSpec}: the trainer, and the facts about the data stored beside the checkpoints. */
public final class TrainJob {
    private TrainJob() { }

    /** The run folder a spec writes to: {@code <ckptDir>/<model>/<dataset>/<ckptName>}. */
    public static RunDirectory runDirectory(TrainSpec spec) {
        return RunDirectory.of(spec.ckptDir(), spec.config().model(), spec.data().name(), spec.ckptName());
    }

    /** Trains; the caller closes the returned model. */
    public static TrainResult run(TrainSpec spec, TrainingListener listener, ProgressListener progress) {
        PreparedData prepared = spec.data();
        Map<String, Object> meta = new LinkedHashMap<>();
        meta.put("dataset", prepared.dataset().name());
        meta.put("datasetFile", String.valueOf(prepared.dataset().file()));
        meta.put("datasetMd5", prepared.dataset().md5());
        meta.put("inClasses", join(prepared.split().inClasses()));
        meta.put("novelClasses", join(prepared.split().novelClasses()));
        meta.put("classNames", prepared.dataset().classNames());
        return new EnergyTrainer(spec.config(), runDirectory(spec), Devices.resolve(spec.device()))
                .listener(listener).progress(progress)
                .train(prepared.data().trainIn(), prepared.data().valIn(), prepared.numClasses(), meta, spec.resume());
    }

    static String join(int[] classes) {
        return Arrays.stream(classes).mapToObj(Integer::toString).collect(Collectors.joining(","));
    }
}
