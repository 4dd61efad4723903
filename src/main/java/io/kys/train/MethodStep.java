package io.kys.train;

import ai.djl.engine.Engine;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDArrays;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.NDScope;
import ai.djl.ndarray.types.Shape;
import ai.djl.training.GradientCollector;
import ai.djl.training.ParameterStore;
import io.kys.KysException;
import io.kys.augment.RandConv;
import io.kys.latent.ClassConditionalGaussian;
import io.kys.latent.FeatureQueues;
import io.kys.latent.GaussianFitException;
import io.kys.latent.LatentSamples;
import io.kys.latent.LowDensitySampler;
import io.kys.model.WideResNet;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * One optimization step of the method: a single forward pass over ID + synthesized images (so
 * BatchNorm sees both), the latent inliers or outliers through the head alone, the loss of
 * {@link EnergyLoss}, backward, and the Adam update. Every array of the step lives in an
 * {@link NDScope} closed at its end, so memory stays flat over epochs.
 */
public final class MethodStep {
    private static final RandConv RANDCONV = RandConv.paper();

    private final WideResNet block;
    private final ParameterStore parameters;
    private final NDManager manager;
    private final TrainConfig config;
    private final AdamOptimizer optimizer;
    private final FeatureQueues queues;
    private final float[] classWeights;
    private StepProfile profile;

    /**
     * @param block the network
     * @param manager manager the model's parameters live in
     * @param config run configuration
     * @param optimizer the optimizer over the block's parameters
     * @param queues per-class feature queues, or null when the protocol does not use the latent space
     * @param classWeights cross-entropy weights, or null for the plain mean
     */
    public MethodStep(WideResNet block, NDManager manager, TrainConfig config, AdamOptimizer optimizer,
                      FeatureQueues queues, float[] classWeights) {
        this.block = block;
        this.manager = manager;
        this.parameters = new ParameterStore(manager, false);
        this.config = config;
        this.optimizer = optimizer;
        this.queues = queues;
        this.classWeights = classWeights;
    }

    /** Records the time of each phase of the following steps into {@code p} (null to stop). */
    public void profile(StepProfile p) {
        this.profile = p;
    }

    private void mark(StepProfile.Phase phase) {
        if (profile != null) {
            profile.mark(phase);
        }
    }

    /**
     * Runs one step.
     *
     * @param batch the step's images
     * @param learningRate learning rate of the update
     * @param latentEpoch true once the epoch is at or past the latent start epoch
     * @throws NonFiniteLossException when the loss is NaN or infinite (the parameters are not updated)
     */
    public StepRecord run(PreparedBatch batch, double learningRate, boolean latentEpoch) {
        int n = batch.idCount();
        Random stepRandom = new Random(batch.stepSeed());
        if (profile != null) {
            profile.begin();
        }
        try (NDScope scope = new NDScope()) {
            NDArray id = images(batch.idImages(), n);
            BatchLayout layout = new BatchLayout().add(BatchLayout.Part.ID, id);
            if (batch.inlierCount() > 0) {
                layout.add(BatchLayout.Part.PIXEL_INLIERS, images(batch.pixelInliers(), batch.inlierCount()));
            }
            if (batch.outlierCount() > 0) {
                layout.add(BatchLayout.Part.PIXEL_OUTLIERS, images(batch.pixelOutliers(), batch.outlierCount()));
            }
            if (batch.applyRandConv()) {
                layout.add(BatchLayout.Part.RANDCONV, RANDCONV.apply(id, config.outliers().randConvCount(), stepRandom));
            }
            NDArray labels = manager.create(batch.labels());
            NDArray weights = classWeights == null ? null : manager.create(classWeights);
            Engine.getInstance().setRandomSeed((int) (batch.stepSeed() ^ (batch.stepSeed() >>> 32)));

            Terms t = new Terms();
            try (GradientCollector collector = Engine.getInstance().newGradientCollector()) {
                mark(StepProfile.Phase.INPUTS);
                NDList out = block.forward(parameters, new NDList(layout.input()), true);
                mark(StepProfile.Phase.FORWARD);
                NDArray logits = out.get(0);
                NDArray idLogits = layout.rowsOf(logits, BatchLayout.Part.ID);
                NDArray loss = EnergyLoss.crossEntropy(idLogits, labels, weights);
                t.crossEntropy = loss.getFloat();
                t.correct = (int) idLogits.argMax(1).toType(labels.getDataType(), false)
                        .eq(labels).countNonzero().getLong();
                NDArray latentLogits = latentLogits(layout.rowsOf(out.get(1), BatchLayout.Part.ID), batch, latentEpoch,
                        stepRandom, t);
                mark(StepProfile.Phase.LATENT);
                NDArray synthLogits = layout.rowsOf(logits, BatchLayout.Part.PIXEL_OUTLIERS, BatchLayout.Part.RANDCONV);
                NDArray inlierLogits = switch (config.protocol().inliers()) {
                    case ID_BATCH -> idLogits;
                    case PIXEL -> layout.rowsOf(logits, BatchLayout.Part.PIXEL_INLIERS);
                    case LATENT -> latentLogits;
                    case NONE -> null;
                };
                NDArray outlierLogits = switch (config.protocol().outliers()) {
                    case PIXEL -> synthLogits;
                    case LATENT -> latentLogits;
                    case NONE -> null;
                };
                double temperature = config.margins().temperature();
                NDArray idEnergy = EnergyLoss.energy(idLogits, temperature);
                t.energyId = idEnergy.mean().getFloat();
                t.energyLatent = latentLogits == null ? Double.NaN : meanEnergy(latentLogits);
                t.energyPixel = synthLogits == null ? Double.NaN : meanEnergy(synthLogits);
                if (inlierLogits != null && outlierLogits != null) {
                    EnergyMargins m = EnergyMargins.of(config.margins(), idEnergy.toFloatArray());
                    NDArray inEnergy = EnergyLoss.energy(inlierLogits, temperature);
                    NDArray outEnergy = EnergyLoss.energy(outlierLogits, temperature);
                    NDArray in = EnergyLoss.inlierMargin(inEnergy, m.in());
                    NDArray outTerm = EnergyLoss.outlierMargin(outEnergy, m.out());
                    t.marginIn = m.in();
                    t.marginOut = m.out();
                    t.inlierActive = activeFraction(inEnergy.gt(m.in()));
                    t.outlierActive = activeFraction(outEnergy.lt(m.out()));
                    t.inlierMargin = in.getFloat();
                    t.outlierMargin = outTerm.getFloat();
                    loss = loss.add(in.add(outTerm).mul((float) config.margins().beta()));
                }
                t.loss = loss.getFloat();
                if (!Double.isFinite(t.loss)) {
                    throw new NonFiniteLossException(String.format(
                            "loss became %s at epoch %d, step %d (cross-entropy %.4g, inlier margin %.4g, outlier margin %.4g)",
                            t.loss, batch.epoch(), batch.step(), t.crossEntropy, t.inlierMargin, t.outlierMargin));
                }
                mark(StepProfile.Phase.LOSS);
                collector.backward(loss);
                mark(StepProfile.Phase.BACKWARD);
            }
            optimizer.step(learningRate);
            mark(StepProfile.Phase.OPTIMIZER);
            return new StepRecord(batch.epoch(), batch.step(), t.loss, t.crossEntropy, t.inlierMargin,
                    t.outlierMargin, t.inlierActive, t.outlierActive, t.marginIn, t.marginOut, t.energyId,
                    t.energyLatent, t.energyPixel, t.correct, n, t.note);
        }
    }

    private NDArray images(float[] data, int count) {
        return manager.create(data, new Shape(count, 3, 32, 32));
    }

    /** The fraction of true entries of a boolean vector. */
    private static double activeFraction(NDArray mask) {
        return (double) mask.countNonzero().getLong() / mask.getShape().get(0);
    }

    private double meanEnergy(NDArray logits) {
        return EnergyLoss.energy(logits, config.margins().temperature()).mean().getFloat();
    }

    /** Feeds the queues with this batch's features and, once allowed, returns head logits of latent samples. */
    private NDArray latentLogits(NDArray idFeatures, PreparedBatch batch, boolean latentEpoch,
                                 Random rnd, Terms t) {
        if (queues == null) {
            return null;
        }
        queues.add(idFeatures.toFloatArray(), batch.labels());
        if (!latentEpoch || !queues.allFull()) {
            return null;
        }
        ClassConditionalGaussian gaussian;
        try {
            gaussian = ClassConditionalGaussian.fit(queues, config.latent().ridge());
        } catch (GaussianFitException e) {
            t.note = e.getMessage() + ": margin term skipped";
            return null;
        }
        LatentSamples samples = LowDensitySampler.sample(gaussian, config.latent(), rnd);
        NDArray features = manager.create(samples.features(), new Shape(samples.labels().length, samples.dim()));
        return block.head(parameters, features, true);
    }

    /** Scalars gathered while the graph is built. */
    private static final class Terms {
        double loss;
        double crossEntropy;
        double inlierMargin = Double.NaN;
        double outlierMargin = Double.NaN;
        double inlierActive = Double.NaN;
        double outlierActive = Double.NaN;
        double marginIn = Double.NaN;
        double marginOut = Double.NaN;
        double energyId = Double.NaN;
        double energyLatent = Double.NaN;
        double energyPixel = Double.NaN;
        int correct;
        String note;
    }
}
