package io.kys.train;

import ai.djl.Device;
import io.kys.AtomicFiles;
import io.kys.KysException;
import io.kys.data.ImageSet;
import io.kys.data.Rgb32;
import io.kys.engine.GradMode;
import io.kys.latent.FeatureQueues;
import io.kys.model.ClassifierModel;
import io.kys.model.Inference;
import io.kys.model.ModelPreset;
import io.kys.ood.ClassificationMetrics;
import io.kys.progress.ProgressListener;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Trains a classifier with one protocol of the grid: epochs of {@link MethodStep}s fed by a
 * {@link BatchPipeline}, validation after each epoch, the best (validation balanced accuracy)
 * and last checkpoints written atomically, and resumption from the last one.
 */
public final class EnergyTrainer {
    private static final long SAMPLER_SLOT = 11;
    private static final long SUBSET_SLOT = 12;
    private static final String OPTIMIZER_FILE = "optimizer.bin";
    private static final String QUEUES_FILE = "queues.bin";

    private final TrainConfig config;
    private final RunDirectory run;
    private final Device device;
    private TrainingListener listener = TrainingListener.NONE;
    private ProgressListener progress = ProgressListener.NONE;

    /**
     * @param config what to train
     * @param run where checkpoints and logs go
     * @param device engine device
     */
    public EnergyTrainer(TrainConfig config, RunDirectory run, Device device) {
        this.config = config;
        this.run = run;
        this.device = device;
    }

    /** Observes steps and epochs. */
    public EnergyTrainer listener(TrainingListener l) {
        this.listener = l;
        return this;
    }

    /** Receives per-epoch step progress. */
    public EnergyTrainer progress(ProgressListener p) {
        this.progress = p;
        return this;
    }

    /**
     * Trains (or, with {@code resume}, continues) a run.
     *
     * @param trainIn training images of the in-classes, labels 0..k-1
     * @param valIn validation images of the in-classes
     * @param numClasses k
     * @param metadata facts stored in {@code config.json} beside the configuration (dataset, split, MD5s)
     * @param resume continue from the last checkpoint instead of refusing an existing run
     * @return the trained model (last epoch) and the run's records; the caller closes the model
     */
    public TrainResult train(ImageSet trainIn, ImageSet valIn, int numClasses, Map<String, Object> metadata,
                             boolean resume) {
        try (RunLock lock = RunLock.acquire(run.root())) {
            GradMode.offForThisThread();
            return trainLocked(trainIn, valIn, numClasses, metadata, resume);
        }
    }

    private TrainResult trainLocked(ImageSet trainIn, ImageSet valIn, int numClasses, Map<String, Object> metadata,
                                    boolean resume) {
        if (run.hasCheckpoint() && !resume) {
            throw new KysException("run folder " + run.root() + " already has a checkpoint; pass --resume to "
                    + "continue it or choose another --ckpt-name");
        }
        ModelPreset preset = ModelPreset.parse(config.model());
        ImageSet train = subset(trainIn);
        ImageSet train32 = Rgb32.of(train);
        ImageSet val32 = Rgb32.of(valIn);
        ClassifierModel model = ClassifierModel.create(preset, numClasses, device, Seeds.mix(config.seed(), 0));
        try (AdamOptimizer optimizer = new AdamOptimizer(model.block().getParameters(), config.optimizer().beta1(),
                config.optimizer().beta2(), config.optimizer().weightDecay(), model.manager())) {
            FeatureQueues queues = config.protocol().usesLatent()
                    ? new FeatureQueues(numClasses, config.latent().queueCapacity(), preset.featureDim()) : null;
            List<EpochRecord> epochs = new ArrayList<>();
            int bestEpoch = 0;
            double bestAcc = Double.NEGATIVE_INFINITY;
            int startEpoch = 1;
            if (resume && run.hasCheckpoint()) {
                Path last = run.checkpoint(RunDirectory.LAST);
                TrainingState state = restore(last, model, optimizer);
                if (queues != null) {
                    queues = FeatureQueues.restore(readBytes(last.resolve(QUEUES_FILE)));
                }
                epochs.addAll(state.epochs());
                bestEpoch = state.bestEpoch();
                bestAcc = state.bestValBalancedAccuracy();
                startEpoch = state.epoch() + 1;
            } else {
                Map<String, Object> cfg = new LinkedHashMap<>(metadata);
                cfg.put("config", config.describe());
                cfg.put("numClasses", numClasses);
                cfg.put("trainImages", train32.size());
                run.writeConfig(cfg);
            }
            float[] weights = config.imbalance().classWeightedLoss() ? EnergyLoss.classWeights(counts(train32, numClasses)) : null;
            MethodStep step = new MethodStep(model.block(), model.manager(), config, optimizer, queues, weights);
            BatchFactory factory = new BatchFactory(train, train32, config);
            ClassBalancedSampler sampler = new ClassBalancedSampler(train32.labels(), config.imbalance().balancedSampling());
            for (int epoch = startEpoch; epoch <= config.schedule().epochs(); epoch++) {
                EpochRecord record = runEpoch(epoch, step, factory, sampler, train32.size(), model, val32);
                epochs.add(record);
                boolean best = record.valBalancedAccuracy() > bestAcc;
                if (best) {
                    bestAcc = record.valBalancedAccuracy();
                    bestEpoch = epoch;
                }
                TrainingState state = new TrainingState(epoch, bestEpoch, bestAcc, List.copyOf(epochs));
                save(RunDirectory.LAST, model, optimizer, queues, state);
                if (best) {
                    save(RunDirectory.BEST, model, null, null, state);
                }
                run.writeLog(epochs);
                listener.onEpoch(record);
            }
            run.pruneFeatureCache();
            return new TrainResult(model, run, epochs, bestEpoch, bestAcc);
        } catch (NonFiniteLossException e) {
            model.close();
            throw new NonFiniteLossException(e.getMessage() + "; the last good checkpoint is kept in "
                    + run.checkpoint(RunDirectory.LAST), e);
        } catch (RuntimeException e) {
            model.close();
            throw e;
        }
    }

    private EpochRecord runEpoch(int epoch, MethodStep step, BatchFactory factory, ClassBalancedSampler sampler,
                                 int trainSize, ClassifierModel model, ImageSet val32) {
        long start = System.nanoTime();
        int[] sizes = config.schedule().batchSizes(trainSize);
        int steps = sizes.length;
        int[] drawn = sampler.draw(java.util.Arrays.stream(sizes).sum(), Seeds.random(config.seed(), epoch, SAMPLER_SLOT));
        int[][] stepIndices = new int[steps][];
        for (int s = 0, from = 0; s < steps; from += sizes[s], s++) {
            stepIndices[s] = java.util.Arrays.copyOfRange(drawn, from, from + sizes[s]);
        }
        double lr = config.learningRateAt(epoch);
        boolean latentEpoch = epoch >= config.latent().startEpoch();
        EpochAccumulator acc = new EpochAccumulator();
        progress.start("epoch " + epoch + "/" + config.schedule().epochs(), steps);
        try (BatchPipeline pipeline = new BatchPipeline(factory, epoch, stepIndices, 0)) {
            for (PreparedBatch b = pipeline.next(); b != null; b = pipeline.next()) {
                StepRecord r = step.run(b, lr, latentEpoch);
                acc.add(r);
                if (r.note() != null) {
                    listener.onWarning("epoch " + epoch + " step " + r.step() + ": " + r.note());
                }
                listener.onStep(r);
                progress.progress(r.step() + 1, stepSummary(r));
            }
        } finally {
            progress.finish();
        }
        Inference.Outputs val = model.infer(val32, ProgressListener.NONE);
        int[] y = val32.labels();
        double bacc = ClassificationMetrics.balancedAccuracy(y, val.predictions(), model.numClasses());
        double auc = ClassificationMetrics.multiclassAuc(y, val.probabilities());
        return acc.finish(epoch, lr, bacc, auc, (System.nanoTime() - start) / 1e9);
    }

    /** A short status of a step for progress bars; margin terms only when the step computed them. */
    static String stepSummary(StepRecord r) {
        String base = String.format(java.util.Locale.ROOT, "loss %.3f ce %.3f", r.loss(), r.crossEntropy());
        if (Double.isNaN(r.inlierMargin())) {
            return base;
        }
        return base + String.format(java.util.Locale.ROOT, " m_in %.3g m_out %.3g", r.inlierMargin(), r.outlierMargin());
    }

    private ImageSet subset(ImageSet train) {
        if (config.schedule().trainLimit() == 0 || config.schedule().trainLimit() >= train.size()) {
            return train;
        }
        int[] drawn = new ClassBalancedSampler(train.labels(), false)
                .draw(train.size(), Seeds.random(config.seed(), SUBSET_SLOT));
        int[] keep = java.util.Arrays.copyOf(drawn, config.schedule().trainLimit());
        java.util.Arrays.sort(keep);
        return train.select(keep);
    }

    private static int[] counts(ImageSet set, int k) {
        int[] c = new int[k];
        for (int i = 0; i < set.size(); i++) {
            c[set.label(i)]++;
        }
        return c;
    }

    private void save(String which, ClassifierModel model, AdamOptimizer optimizer, FeatureQueues queues,
                      TrainingState state) {
        run.writeCheckpoint(which, dir -> {
            model.save(dir, Map.of("epoch", Integer.toString(state.epoch()), "protocol", config.protocol().cliName()));
            if (optimizer != null) {
                AtomicFiles.write(dir.resolve(OPTIMIZER_FILE), optimizer::save);
            }
            if (queues != null) {
                AtomicFiles.write(dir.resolve(QUEUES_FILE), queues.snapshot());
            }
            RunDirectory.writeState(dir, state);
        });
    }

    private static TrainingState restore(Path dir, ClassifierModel model, AdamOptimizer optimizer) {
        model.load(dir);
        try (InputStream in = new BufferedInputStream(Files.newInputStream(dir.resolve(OPTIMIZER_FILE)))) {
            optimizer.load(in);
        } catch (IOException e) {
            throw new KysException("cannot resume from " + dir + ": " + e.getMessage(), e);
        }
        return RunDirectory.readState(dir);
    }

    private static byte[] readBytes(Path file) {
        try {
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new KysException("cannot resume: " + file + " unreadable: " + e.getMessage(), e);
        }
    }
}
