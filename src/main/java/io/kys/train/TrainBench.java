package io.kys.train;

import ai.djl.Device;
import io.kys.data.ImageSet;
import io.kys.latent.FeatureQueues;
import io.kys.model.ClassifierModel;
import io.kys.model.ModelPreset;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.Consumer;

/**
 * Measures training throughput: the raw engine step (ID batch, cross-entropy only), the full
 * method step ({@code ours}: ID + pixel outliers + RandConv + latent sampling, fed by the
 * pipeline), and the data pipeline alone; and resident memory after each measured epoch.
 */
public final class TrainBench {
    private static final int CLASSES = 8;

    private final ModelPreset preset;
    private final int batchSize;
    private final int stepsPerEpoch;
    private final int epochs;

    /**
     * @param preset network to measure
     * @param batchSize ID images per step
     * @param stepsPerEpoch measured steps per epoch
     * @param epochs measured epochs of the method step (memory is read after each)
     */
    public TrainBench(ModelPreset preset, int batchSize, int stepsPerEpoch, int epochs) {
        this.preset = preset;
        this.batchSize = batchSize;
        this.stepsPerEpoch = stepsPerEpoch;
        this.epochs = epochs;
    }

    /**
     * Runs the measurements.
     *
     * @param log receives one line per finished measurement
     */
    public Result run(Consumer<String> log) {
        ImageSet images = syntheticImages(2048, 1);
        TrainConfig base = TrainConfig.paper().toBuilder().model(preset.id()).batchSize(batchSize)
                .stepsPerEpoch(stepsPerEpoch).latentStartEpoch(1).seed(1).build();

        double pipelineRate = pipelineRate(images, base);
        log.accept(String.format("data pipeline alone: %.1f ID images/s (with their outliers)", pipelineRate));

        double rawRate = stepRate(images, base.toBuilder().protocol(Protocol.BASELINE).build(), 1, null, null);
        log.accept(String.format("raw engine step (ID batch only): %.1f images/s", rawRate));

        List<Long> rss = new ArrayList<>();
        StepProfile profile = new StepProfile();
        double methodRate = stepRate(images, base, epochs, rss, profile);
        log.accept(String.format("full method step (ours, with pipeline): %.1f ID images/s", methodRate));
        return new Result(preset.id(), batchSize, rawRate, methodRate, pipelineRate, rss, profile.seconds());
    }

    private double pipelineRate(ImageSet images, TrainConfig config) {
        BatchFactory factory = new BatchFactory(images, config);
        Random rnd = new Random(2);
        factory.make(1, 0, indices(rnd, images.size()));
        long start = System.nanoTime();
        for (int s = 0; s < stepsPerEpoch; s++) {
            factory.make(1, s, indices(rnd, images.size()));
        }
        return stepsPerEpoch * (double) batchSize / ((System.nanoTime() - start) / 1e9);
    }

    private double stepRate(ImageSet images, TrainConfig config, int measuredEpochs, List<Long> rss,
                            StepProfile profile) {
        try (ClassifierModel model = ClassifierModel.create(preset, CLASSES, Device.cpu(), 1);
             AdamOptimizer adam = new AdamOptimizer(model.block().getParameters(), 0.9, 0.98, 5e-4, model.manager())) {
            FeatureQueues queues = config.protocol().usesLatent()
                    ? new FeatureQueues(CLASSES, config.latent().queueCapacity(), preset.featureDim()) : null;
            MethodStep step = new MethodStep(model.block(), model.manager(), config, adam, queues, null);
            BatchFactory factory = new BatchFactory(images, config);
            Random rnd = new Random(3);
            if (queues != null) {
                fillQueues(step, factory, rnd, images.size(), queues);
            }
            step.run(factory.make(1, 0, indices(rnd, images.size())), 1e-3, true);
            step.profile(profile);
            double seconds = 0;
            for (int e = 0; e < measuredEpochs; e++) {
                int[][] plan = new int[stepsPerEpoch][];
                for (int s = 0; s < stepsPerEpoch; s++) {
                    plan[s] = indices(rnd, images.size());
                }
                long start = System.nanoTime();
                try (BatchPipeline pipeline = new BatchPipeline(factory, e + 2, plan, 0)) {
                    for (PreparedBatch b = pipeline.next(); b != null; b = pipeline.next()) {
                        step.run(b, 1e-3, true);
                    }
                }
                seconds += (System.nanoTime() - start) / 1e9;
                if (rss != null) {
                    rss.add(residentBytes());
                }
            }
            return measuredEpochs * stepsPerEpoch * (double) batchSize / seconds;
        }
    }

    /** Runs steps until every class queue is full, so measured steps include latent sampling. */
    private void fillQueues(MethodStep step, BatchFactory factory, Random rnd, int n, FeatureQueues queues) {
        for (int s = 0; s < 100 && !queues.allFull(); s++) {
            step.run(factory.make(1, s, indices(rnd, n)), 1e-3, false);
        }
    }

    private int[] indices(Random rnd, int n) {
        int[] idx = new int[batchSize];
        for (int i = 0; i < batchSize; i++) {
            idx[i] = rnd.nextInt(n);
        }
        return idx;
    }

    /** Random 32 px RGB images with labels spread over the classes. */
    static ImageSet syntheticImages(int n, long seed) {
        Random rnd = new Random(seed);
        byte[] px = new byte[n * 32 * 32 * 3];
        rnd.nextBytes(px);
        int[] labels = new int[n];
        for (int i = 0; i < n; i++) {
            labels[i] = i % CLASSES;
        }
        return new ImageSet(n, 32, 32, 3, px, labels);
    }

    /** Resident set size of this process from {@code /proc/self/status}; -1 where unavailable. */
    public static long residentBytes() {
        return statusBytes("VmRSS:");
    }

    /** Peak resident set size of this process so far; -1 where unavailable. */
    public static long peakResidentBytes() {
        return statusBytes("VmHWM:");
    }

    private static long statusBytes(String field) {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
                if (line.startsWith(field)) {
                    return Long.parseLong(line.replaceAll("\\D+", "")) * 1024;
                }
            }
        } catch (IOException | NumberFormatException e) {
            return -1;
        }
        return -1;
    }

    /**
     * The measurements.
     *
     * @param model preset id
     * @param batchSize ID images per step
     * @param rawImagesPerSecond raw engine step throughput
     * @param methodIdImagesPerSecond ID images per second of the full method step
     * @param pipelineIdImagesPerSecond ID images per second the pipeline alone prepares
     * @param residentBytesPerEpoch RSS after each measured epoch of the method step
     * @param methodPhaseSeconds time of the measured method steps by phase
     */
    public record Result(String model, int batchSize, double rawImagesPerSecond, double methodIdImagesPerSecond,
                         double pipelineIdImagesPerSecond, List<Long> residentBytesPerEpoch,
                         java.util.Map<StepProfile.Phase, Double> methodPhaseSeconds) {
        /** Time per ID image of the method step over that of two raw steps (target: at most 1.10). */
        public double costOverTwoRawSteps() {
            return rawImagesPerSecond / (2 * methodIdImagesPerSecond);
        }
    }
}
