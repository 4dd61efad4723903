package io.kys.train;

import io.kys.KysException;
import io.kys.augment.PixelRecipe;
import io.kys.latent.LatentSettings;
import java.lang.reflect.RecordComponent;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Everything that determines a training run, as a few named parts. {@link #paper()} composes
 * the paper's values of each part ({@code Schedule.PAPER}, {@code AdamSettings.PAPER}, ...),
 * the one place defaults live: the command line's defaults, {@code config.json}, the notebook
 * facade and the budgets all start from it and change single fields through {@link Builder}.
 * The facts behind the values are in docs/method.md.
 *
 * @param model model preset name ({@code wrn40_2}, {@code wrn16_2}, ...)
 * @param protocol where inliers and outliers of the margin term come from
 * @param schedule epochs, steps, batch size, learning-rate schedule
 * @param optimizer Adam's settings
 * @param margins the energy-margin term
 * @param latent latent-space inlier synthesis (queues, draws, ridge, start epoch)
 * @param outliers pixel-space outliers and the pixel recipe
 * @param imbalance class-imbalance corrections
 * @param seed seed of every random choice of the run
 */
public record TrainConfig(String model, Protocol protocol, Schedule schedule, AdamSettings optimizer,
                          MarginSettings margins, LatentSettings latent, OutlierSettings outliers,
                          ImbalanceSettings imbalance, long seed) {

    /** Rejects combinations that cannot train, with the offending value named. */
    public TrainConfig {
        require(model != null && protocol != null && schedule != null && optimizer != null && margins != null
                && latent != null && outliers != null && imbalance != null, "every part of a configuration is required");
        require(!protocol.usesPixelOutliers() || outliers.any(),
                "protocol " + protocol + " needs pixel outliers: enable --augmix, --jigsaw or --rand-conv");
    }

    static void require(boolean ok, String message) {
        if (!ok) {
            throw new KysException(message);
        }
    }

    /** The paper's configuration: WRN-40-2, protocol {@code ours}, each part's paper values, seed 0. */
    public static TrainConfig paper() {
        return new TrainConfig("wrn40_2", Protocol.OURS, Schedule.PAPER, AdamSettings.PAPER, MarginSettings.PAPER,
                LatentSettings.PAPER, OutlierSettings.PAPER, ImbalanceSettings.PAPER, 0L);
    }

    /** A builder starting from these values. */
    public Builder toBuilder() {
        return new Builder(this);
    }

    /**
     * Every value of the configuration as ordered name/value strings, the parts' fields prefixed
     * by the part ({@code schedule.epochs}, {@code margins.mIn}): the run's {@code config.json}
     * and the fingerprints that decide whether a recorded run may be reused.
     */
    public Map<String, String> describe() {
        Map<String, String> m = new LinkedHashMap<>();
        for (RecordComponent c : TrainConfig.class.getRecordComponents()) {
            Object value = read(c, this);
            if (value instanceof Record part) {
                for (RecordComponent pc : part.getClass().getRecordComponents()) {
                    m.put(c.getName() + "." + pc.getName(), String.valueOf(read(pc, part)));
                }
            } else {
                m.put(c.getName(), String.valueOf(value));
            }
        }
        return m;
    }

    private static Object read(RecordComponent c, Object owner) {
        try {
            return c.getAccessor().invoke(owner);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The learning rate in force during {@code epoch} (1-based) under the step-halving schedule. */
    public double learningRateAt(int epoch) {
        return optimizer.learningRate() * Math.pow(0.5, (epoch - 1) / schedule.lrHalvingEpochs());
    }

    /** Changes single fields of a configuration; unchanged fields keep their values. */
    public static final class Builder {
        private String model;
        private Protocol protocol;
        private Schedule schedule;
        private AdamSettings optimizer;
        private MarginSettings margins;
        private LatentSettings latent;
        private OutlierSettings outliers;
        private ImbalanceSettings imbalance;
        private long seed;

        private Builder(TrainConfig c) {
            model = c.model;
            protocol = c.protocol;
            schedule = c.schedule;
            optimizer = c.optimizer;
            margins = c.margins;
            latent = c.latent;
            outliers = c.outliers;
            imbalance = c.imbalance;
            seed = c.seed;
        }

        /** Model preset name. */
        public Builder model(String v) { model = v; return this; }
        /** Protocol of the grid. */
        public Builder protocol(Protocol v) { protocol = v; return this; }
        /** Seed of the run. */
        public Builder seed(long v) { seed = v; return this; }

        /** The whole schedule. */
        public Builder schedule(Schedule v) { schedule = v; return this; }
        /** Number of epochs. */
        public Builder epochs(int v) {
            Schedule s = schedule;
            schedule = new Schedule(v, s.stepsPerEpoch(), s.trainLimit(), s.batchSize(), s.lrHalvingEpochs(),
                    s.partialLastBatch());
            return this;
        }
        /** Steps per epoch (0 = full pass). */
        public Builder stepsPerEpoch(int v) {
            Schedule s = schedule;
            schedule = new Schedule(s.epochs(), v, s.trainLimit(), s.batchSize(), s.lrHalvingEpochs(),
                    s.partialLastBatch());
            return this;
        }
        /** Cap on training images (0 = all). */
        public Builder trainLimit(int v) {
            Schedule s = schedule;
            schedule = new Schedule(s.epochs(), s.stepsPerEpoch(), v, s.batchSize(), s.lrHalvingEpochs(),
                    s.partialLastBatch());
            return this;
        }
        /** ID batch size. */
        public Builder batchSize(int v) {
            Schedule s = schedule;
            schedule = new Schedule(s.epochs(), s.stepsPerEpoch(), s.trainLimit(), v, s.lrHalvingEpochs(),
                    s.partialLastBatch());
            return this;
        }
        /** Epochs between learning-rate halvings. */
        public Builder lrHalvingEpochs(int v) {
            Schedule s = schedule;
            schedule = new Schedule(s.epochs(), s.stepsPerEpoch(), s.trainLimit(), s.batchSize(), v,
                    s.partialLastBatch());
            return this;
        }

        /** End full-pass epochs with the remainder as a smaller batch, as the reference's loaders do. */
        public Builder partialLastBatch(boolean v) {
            Schedule s = schedule;
            schedule = new Schedule(s.epochs(), s.stepsPerEpoch(), s.trainLimit(), s.batchSize(), s.lrHalvingEpochs(), v);
            return this;
        }

        /** The whole optimizer. */
        public Builder optimizer(AdamSettings v) { optimizer = v; return this; }
        /** Adam learning rate. */
        public Builder learningRate(double v) {
            optimizer = new AdamSettings(v, optimizer.beta1(), optimizer.beta2(), optimizer.weightDecay());
            return this;
        }

        /** The whole margin term. */
        public Builder margins(MarginSettings v) { margins = v; return this; }
        /** Energy margins (floors in adaptive mode). */
        public Builder margins(double in, double out) {
            margins = new MarginSettings(margins.mode(), in, out, margins.temperature(), margins.beta());
            return this;
        }
        /** Fixed or adaptive margins. */
        public Builder marginMode(MarginMode v) {
            margins = new MarginSettings(v, margins.mIn(), margins.mOut(), margins.temperature(), margins.beta());
            return this;
        }
        /** Energy temperature. */
        public Builder temperature(double v) {
            margins = new MarginSettings(margins.mode(), margins.mIn(), margins.mOut(), v, margins.beta());
            return this;
        }
        /** Weight of the margin term. */
        public Builder beta(double v) {
            margins = new MarginSettings(margins.mode(), margins.mIn(), margins.mOut(), margins.temperature(), v);
            return this;
        }

        /** The whole latent synthesis. */
        public Builder latent(LatentSettings v) { latent = v; return this; }
        /** Latent queue capacity, draws per class and kept draws per class. */
        public Builder latent(int capacity, int draws, int keep) {
            latent = new LatentSettings(capacity, draws, keep, latent.ridge(), latent.startEpoch());
            return this;
        }
        /** First epoch (1-based) that samples latent vectors. */
        public Builder latentStartEpoch(int v) {
            latent = new LatentSettings(latent.queueCapacity(), latent.drawsPerClass(), latent.keepPerClass(),
                    latent.ridge(), v);
            return this;
        }

        /** The whole outlier part. */
        public Builder outliers(OutlierSettings v) { outliers = v; return this; }
        /** Chooses the pixel-outlier families. */
        public Builder outlierFamilies(boolean useAugmix, boolean useJigsaw, boolean useRandConv) {
            OutlierSettings o = outliers;
            outliers = new OutlierSettings(useAugmix, useJigsaw, useRandConv, o.batch(), o.augmixSeverity(), o.recipe(),
                    o.randConvProbability(), o.randConvCount());
            return this;
        }
        /** Pixel outliers per step. */
        public Builder outlierBatch(int v) {
            OutlierSettings o = outliers;
            outliers = new OutlierSettings(o.augmix(), o.jigsaw(), o.randConv(), v, o.augmixSeverity(), o.recipe(),
                    o.randConvProbability(), o.randConvCount());
            return this;
        }
        /** AugMix severity of pixel outliers. */
        public Builder augmixSeverity(int v) {
            OutlierSettings o = outliers;
            outliers = new OutlierSettings(o.augmix(), o.jigsaw(), o.randConv(), o.batch(), v, o.recipe(),
                    o.randConvProbability(), o.randConvCount());
            return this;
        }
        /** How training images and pixel outliers are built. */
        public Builder pixelRecipe(PixelRecipe v) {
            OutlierSettings o = outliers;
            outliers = new OutlierSettings(o.augmix(), o.jigsaw(), o.randConv(), o.batch(), o.augmixSeverity(), v,
                    o.randConvProbability(), o.randConvCount());
            return this;
        }
        /** RandConv probability per step and images added. */
        public Builder randConv(double probability, int count) {
            OutlierSettings o = outliers;
            outliers = new OutlierSettings(o.augmix(), o.jigsaw(), o.randConv(), o.batch(), o.augmixSeverity(),
                    o.recipe(), probability, count);
            return this;
        }

        /** Imbalance corrections: balanced sampler and class-weighted loss. */
        public Builder imbalance(boolean sampler, boolean weights) {
            imbalance = new ImbalanceSettings(sampler, weights);
            return this;
        }

        /** The checked configuration. */
        public TrainConfig build() {
            return new TrainConfig(model, protocol, schedule, optimizer, margins, latent, outliers, imbalance, seed);
        }
    }
}
