package io.kys.train;

import io.kys.KysException;
import io.kys.augment.AugmentDefaults;
import io.kys.augment.PixelRecipe;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Everything that determines a training run. {@link #paper()} holds the paper's values
 * (METHOD.md) and is the one place defaults live; the command line and the notebook facade start
 * from it and override single fields through {@link Builder}.
 *
 * @param model model preset name ({@code wrn40_2}, {@code wrn16_2}, ...)
 * @param protocol where inliers and outliers of the margin term come from
 * @param augmix pixel outliers use AugMix
 * @param jigsaw pixel outliers are jigsaw-shuffled
 * @param randConv with probability {@code randConvProbability} a step adds RandConv outliers
 * @param epochs number of epochs
 * @param stepsPerEpoch steps per epoch; 0 means one pass over the (balanced) training set
 * @param trainLimit use at most this many training images (class-stratified, seeded); 0 = all
 * @param batchSize ID images per step
 * @param outlierBatch pixel-space outliers per step
 * @param learningRate Adam learning rate
 * @param adamBeta1 Adam beta1
 * @param adamBeta2 Adam beta2
 * @param weightDecay L2 weight decay added to gradients, as PyTorch's Adam does
 * @param lrHalvingEpochs the learning rate halves every this many epochs (the reference's
 *     plateau scheduler, fed the epoch number, behaves as this step schedule)
 * @param mIn energy margin for inliers
 * @param mOut energy margin for outliers
 * @param temperature energy temperature T
 * @param beta weight of the margin term
 * @param queueCapacity feature vectors kept per class
 * @param sampleFrom Gaussian draws per class per step
 * @param select lowest-density draws kept per class
 * @param latentStartEpoch first epoch (1-based) that samples latent vectors
 * @param augmixSeverity AugMix severity of pixel outliers
 * @param pixelRecipe how ID training images and pixel outliers are built ({@link PixelRecipe}:
 *     the reference code's construction by default)
 * @param randConvProbability chance per step of adding RandConv outliers
 * @param randConvCount RandConv images added when it fires
 * @param balancedSampling draw ID batches with weights 1/class count
 * @param classWeightedLoss weight cross-entropy by {@code 1 - n_c/N}
 * @param seed seed of every random choice of the run
 */
public record TrainConfig(
        String model,
        Protocol protocol,
        boolean augmix,
        boolean jigsaw,
        boolean randConv,
        int epochs,
        int stepsPerEpoch,
        int trainLimit,
        int batchSize,
        int outlierBatch,
        double learningRate,
        double adamBeta1,
        double adamBeta2,
        double weightDecay,
        int lrHalvingEpochs,
        double mIn,
        double mOut,
        double temperature,
        double beta,
        int queueCapacity,
        int sampleFrom,
        int select,
        int latentStartEpoch,
        int augmixSeverity,
        PixelRecipe pixelRecipe,
        double randConvProbability,
        int randConvCount,
        boolean balancedSampling,
        boolean classWeightedLoss,
        long seed) {

    /** Rejects settings that cannot train, with the offending value named. */
    public TrainConfig {
        require(epochs >= 1, "epochs must be at least 1, got " + epochs);
        require(stepsPerEpoch >= 0, "steps per epoch must be >= 0, got " + stepsPerEpoch);
        require(trainLimit >= 0, "train limit must be >= 0, got " + trainLimit);
        require(batchSize >= 2, "batch size must be at least 2, got " + batchSize);
        require(outlierBatch >= 1, "outlier batch must be at least 1, got " + outlierBatch);
        require(learningRate > 0, "learning rate must be positive, got " + learningRate);
        require(temperature > 0, "temperature T must be positive, got " + temperature);
        require(beta >= 0, "beta must be >= 0, got " + beta);
        require(queueCapacity >= 2, "queue capacity must be at least 2, got " + queueCapacity);
        require(select >= 1 && select <= sampleFrom,
                "select (" + select + ") must be between 1 and sample-from (" + sampleFrom + ")");
        require(lrHalvingEpochs >= 1, "lr halving period must be >= 1 epoch, got " + lrHalvingEpochs);
        require(pixelRecipe != null, "a pixel recipe is required");
        require(randConvProbability >= 0 && randConvProbability <= 1,
                "RandConv probability must be in [0,1], got " + randConvProbability);
        require(!protocol.usesPixelOutliers() || augmix || jigsaw || randConv,
                "protocol " + protocol + " needs pixel outliers: enable --augmix, --jigsaw or --rand-conv");
    }

    private static void require(boolean ok, String message) {
        if (!ok) {
            throw new KysException(message);
        }
    }

    /** The paper's configuration: WRN-40-2, protocol {@code ours}, 100 epochs, seed 0. */
    public static TrainConfig paper() {
        return new TrainConfig("wrn40_2", Protocol.OURS, true, true, true,
                100, 0, 0, 128, 128,
                1e-3, 0.9, 0.98, 5e-4, 31,
                -20, -7, 1, 0.1,
                250, 10_000, 64, 2,
                AugmentDefaults.OUTLIER_SEVERITY, PixelRecipe.REFERENCE, AugmentDefaults.RANDCONV_PROBABILITY, AugmentDefaults.RANDCONV_COUNT,
                true, true, 0L);
    }

    /** A builder starting from these values. */
    public Builder toBuilder() {
        return new Builder(this);
    }

    /** The configuration as ordered name/value strings, for the run's config file and logs. */
    public Map<String, String> describe() {
        Map<String, String> m = new LinkedHashMap<>();
        for (var c : TrainConfig.class.getRecordComponents()) {
            try {
                m.put(c.getName(), String.valueOf(c.getAccessor().invoke(this)));
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException(e);
            }
        }
        return m;
    }

    /** The learning rate in force during {@code epoch} (1-based) under the step-halving schedule. */
    public double learningRateAt(int epoch) {
        return learningRate * Math.pow(0.5, (epoch - 1) / lrHalvingEpochs);
    }

    /** Changes single fields of a configuration; unchanged fields keep their values. */
    public static final class Builder {
        private String model;
        private Protocol protocol;
        private boolean augmix;
        private boolean jigsaw;
        private boolean randConv;
        private int epochs;
        private int stepsPerEpoch;
        private int trainLimit;
        private int batchSize;
        private int outlierBatch;
        private double learningRate;
        private double adamBeta1;
        private double adamBeta2;
        private double weightDecay;
        private int lrHalvingEpochs;
        private double mIn;
        private double mOut;
        private double temperature;
        private double beta;
        private int queueCapacity;
        private int sampleFrom;
        private int select;
        private int latentStartEpoch;
        private int augmixSeverity;
        private PixelRecipe pixelRecipe;
        private double randConvProbability;
        private int randConvCount;
        private boolean balancedSampling;
        private boolean classWeightedLoss;
        private long seed;

        private Builder(TrainConfig c) {
            model = c.model; protocol = c.protocol; augmix = c.augmix; jigsaw = c.jigsaw;
            randConv = c.randConv; epochs = c.epochs; stepsPerEpoch = c.stepsPerEpoch;
            trainLimit = c.trainLimit; batchSize = c.batchSize; outlierBatch = c.outlierBatch;
            learningRate = c.learningRate; adamBeta1 = c.adamBeta1; adamBeta2 = c.adamBeta2;
            weightDecay = c.weightDecay; lrHalvingEpochs = c.lrHalvingEpochs; mIn = c.mIn;
            mOut = c.mOut; temperature = c.temperature; beta = c.beta;
            queueCapacity = c.queueCapacity; sampleFrom = c.sampleFrom; select = c.select;
            latentStartEpoch = c.latentStartEpoch; augmixSeverity = c.augmixSeverity; pixelRecipe = c.pixelRecipe;
            randConvProbability = c.randConvProbability; randConvCount = c.randConvCount;
            balancedSampling = c.balancedSampling; classWeightedLoss = c.classWeightedLoss;
            seed = c.seed;
        }

        /** Model preset name. */
        public Builder model(String v) { model = v; return this; }
        /** Protocol of the grid. */
        public Builder protocol(Protocol v) { protocol = v; return this; }
        /** Chooses the pixel-outlier families. */
        public Builder outlierFamilies(boolean useAugmix, boolean useJigsaw, boolean useRandConv) {
            augmix = useAugmix; jigsaw = useJigsaw; randConv = useRandConv; return this;
        }
        /** Number of epochs. */
        public Builder epochs(int v) { epochs = v; return this; }
        /** Steps per epoch (0 = full pass). */
        public Builder stepsPerEpoch(int v) { stepsPerEpoch = v; return this; }
        /** Cap on training images (0 = all). */
        public Builder trainLimit(int v) { trainLimit = v; return this; }
        /** ID batch size. */
        public Builder batchSize(int v) { batchSize = v; return this; }
        /** Pixel outliers per step. */
        public Builder outlierBatch(int v) { outlierBatch = v; return this; }
        /** Adam learning rate. */
        public Builder learningRate(double v) { learningRate = v; return this; }
        /** Epochs between learning-rate halvings. */
        public Builder lrHalvingEpochs(int v) { lrHalvingEpochs = v; return this; }
        /** Energy margins. */
        public Builder margins(double in, double out) { mIn = in; mOut = out; return this; }
        /** Energy temperature. */
        public Builder temperature(double v) { temperature = v; return this; }
        /** Weight of the margin term. */
        public Builder beta(double v) { beta = v; return this; }
        /** Latent queue capacity, draws per class and kept draws per class. */
        public Builder latent(int capacity, int draws, int keep) {
            queueCapacity = capacity; sampleFrom = draws; select = keep; return this;
        }
        /** First epoch (1-based) that samples latent vectors. */
        public Builder latentStartEpoch(int v) { latentStartEpoch = v; return this; }
        /** AugMix severity of pixel outliers. */
        public Builder augmixSeverity(int v) { augmixSeverity = v; return this; }
        /** How training images and pixel outliers are built. */
        public Builder pixelRecipe(PixelRecipe v) { pixelRecipe = v; return this; }
        /** RandConv probability per step and images added. */
        public Builder randConv(double probability, int count) {
            randConvProbability = probability; randConvCount = count; return this;
        }
        /** Imbalance corrections: balanced sampler and class-weighted loss. */
        public Builder imbalance(boolean sampler, boolean weights) {
            balancedSampling = sampler; classWeightedLoss = weights; return this;
        }
        /** Seed of the run. */
        public Builder seed(long v) { seed = v; return this; }

        /** The checked configuration. */
        public TrainConfig build() {
            return new TrainConfig(model, protocol, augmix, jigsaw, randConv, epochs, stepsPerEpoch,
                    trainLimit, batchSize, outlierBatch, learningRate, adamBeta1, adamBeta2,
                    weightDecay, lrHalvingEpochs, mIn, mOut, temperature, beta, queueCapacity,
                    sampleFrom, select, latentStartEpoch, augmixSeverity, pixelRecipe, randConvProbability,
                    randConvCount, balancedSampling, classWeightedLoss, seed);
        }
    }
}
