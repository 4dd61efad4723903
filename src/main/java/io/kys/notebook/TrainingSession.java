package io.kys.notebook;

import io.kys.experiment.RunNames;
import io.kys.experiment.TrainJob;
import io.kys.experiment.TrainSpec;
import io.kys.train.Protocol;
import io.kys.train.TrainConfig;
import io.kys.train.TrainResult;
import java.util.Objects;
import java.util.function.UnaryOperator;

/**
 * One training run being set up in a notebook: a {@link TrainConfig} that starts from the
 * facade's defaults and changes by the methods below, then {@link #run()}, which trains with a
 * live plot of the loss terms and energies and returns the {@link TrainedModel}.
 * <pre>{@code
 * var model = split.train().protocol("nda").epochs(10).run();
 * }</pre>
 * The run folder's name is derived from the configuration and the split, so running the same
 * cell again reuses the finished run (or continues an interrupted one) instead of training anew.
 */
public final class TrainingSession {
    private final SplitView split;
    private TrainConfig config;
    private String device = "auto";

    TrainingSession(SplitView split, TrainConfig start) {
        this.split = Objects.requireNonNull(split, "split");
        this.config = Objects.requireNonNull(start, "start");
    }

    /**
     * Which protocol: {@code baseline}, {@code nda}, {@code nda++}, {@code vos}, {@code vos++} or
     * {@code ours} (the paper's in-latent / out-pixel, the default).
     *
     * @throws io.kys.KysException naming the valid choices for an unknown name
     */
    public TrainingSession protocol(String name) {
        return configure(b -> b.protocol(Protocol.parse(name)));
    }

    /** Number of epochs. */
    public TrainingSession epochs(int epochs) {
        return configure(b -> b.epochs(epochs));
    }

    /** Model preset: {@code wrn40_2} (the paper's), {@code wrn16_2}, {@code wrn16_1} or {@code wrn10_1}. */
    public TrainingSession model(String preset) {
        return configure(b -> b.model(preset));
    }

    /** Seed of every random choice of the run. */
    public TrainingSession seed(long seed) {
        return configure(b -> b.seed(seed));
    }

    /** {@code auto} (a GPU when there is one), {@code cpu} or {@code gpu}. */
    public TrainingSession device(String device) {
        this.device = Objects.requireNonNull(device, "device");
        return this;
    }

    /** Any other change, e.g. {@code configure(b -> b.beta(0.2).margins(-25, -7))}. */
    public TrainingSession configure(UnaryOperator<TrainConfig.Builder> change) {
        config = change.apply(config.toBuilder()).build();
        return this;
    }

    /** The configuration as it stands. */
    public TrainConfig config() {
        return config;
    }

    /**
     * Trains, showing a progress line per epoch and two figures redrawn after every epoch (loss
     * terms; mean energies against the margins), and returns the model of the best validation
     * epoch. Runs go to {@link Kys#ckptDir()}.
     */
    public TrainedModel run() {
        TrainSpec spec = new TrainSpec(split.prepared(), Kys.ckptDir(), runName(), device, config, true);
        TrainingPlot plot = TrainingPlot.start(config, LongRunWarning.onDisplay(
                config.schedule().totalSteps(split.prepared().data().trainIn().size()), Kys.budget().name()));
        TrainResult result = TrainJob.run(spec, plot, plot);
        plot.finish(result.epochs());
        return TrainedModel.of(result, split, config, device);
    }

    /**
     * {@code nb-<protocol>-s<seed>-<fingerprint>}: the fingerprint covers the configuration and the
     * split, so a different setting never resumes or reuses another's run.
     */
    String runName() {
        return RunNames.of("nb", config.protocol(), config.seed(), config.describe() + "|" + split.prepared().split());
    }

    @Override
    public String toString() {
        return "TrainingSession[" + split.prepared().dataset().name() + ", " + config.protocol().cliName() + ", "
                + config.model() + ", " + config.schedule().epochs() + " epochs]";
    }
}
