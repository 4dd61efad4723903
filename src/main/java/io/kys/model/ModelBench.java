package io.kys.model;

import ai.djl.Device;
import ai.djl.Model;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import ai.djl.training.DefaultTrainingConfig;
import ai.djl.training.GradientCollector;
import ai.djl.training.Trainer;
import ai.djl.training.loss.Loss;
import ai.djl.training.optimizer.Optimizer;
import ai.djl.training.tracker.Tracker;
import io.kys.engine.EngineSetup;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Measures training throughput (forward, backward and an Adam step on random 3x32x32 batches) of
 * the model presets, and the process's resident memory before and after, which must stay flat
 * because every step's arrays live in a sub-manager closed at the end of the step.
 *
 * <p>Run: {@code java -cp target/classes:target/lib/* io.kys.model.ModelBench [--threads 2]
 * [--batch 128] [--steps 5] [--device cpu] [preset ...]}.
 */
public final class ModelBench {
    private ModelBench() { }

    /**
     * One preset's measurement.
     *
     * @param preset the network measured
     * @param batchSize images per step
     * @param steps timed steps (after the warm-up steps)
     * @param imagesPerSecond training images per second over the timed steps
     * @param rssStartMiB resident memory after the warm-up, in MiB (-1 where unknown)
     * @param rssEndMiB resident memory after the timed steps, in MiB (-1 where unknown)
     */
    public record Result(ModelPreset preset, int batchSize, int steps, double imagesPerSecond,
                         long rssStartMiB, long rssEndMiB) {
        /** One line for a console. */
        public String describe() {
            return String.format(Locale.ROOT, "%-8s batch %d, %d steps: %.1f images/s, RSS %d -> %d MiB",
                    preset.id(), batchSize, steps, imagesPerSecond, rssStartMiB, rssEndMiB);
        }
    }

    /**
     * Trains {@code preset} for {@code warmup + steps} steps on random data and times the last
     * {@code steps}.
     */
    public static Result measure(ModelPreset preset, int numClasses, int batchSize, int warmup, int steps,
                                 Device device, long seed) {
        try (Model model = Models.create(preset, numClasses, device, seed);
             Trainer trainer = model.newTrainer(new DefaultTrainingConfig(Loss.softmaxCrossEntropyLoss())
                     .optOptimizer(Optimizer.adam().optLearningRateTracker(Tracker.fixed(1e-3f)).build())
                     .optDevices(new Device[] {device}))) {
            trainer.initialize(Models.batchShape(batchSize));
            for (int i = 0; i < warmup; i++) {
                step(trainer, batchSize, numClasses);
            }
            long rssStart = residentMiB();
            long start = System.nanoTime();
            for (int i = 0; i < steps; i++) {
                step(trainer, batchSize, numClasses);
            }
            double seconds = (System.nanoTime() - start) / 1e9;
            return new Result(preset, batchSize, steps, batchSize * steps / seconds, rssStart, residentMiB());
        }
    }

    private static void step(Trainer trainer, int batchSize, int numClasses) {
        try (NDManager stepManager = trainer.getManager().newSubManager()) {
            NDArray images = stepManager.randomNormal(Models.batchShape(batchSize));
            NDArray labels = stepManager.randomInteger(0, numClasses, new Shape(batchSize), DataType.INT64);
            try (GradientCollector gc = trainer.newGradientCollector()) {
                NDList out = trainer.forward(new NDList(images));
                NDArray loss = trainer.getLoss().evaluate(new NDList(labels), new NDList(out.get(0)));
                gc.backward(loss);
            }
            trainer.step();
        }
    }

    /** Resident set size of this process from /proc (Linux), or -1 elsewhere. */
    static long residentMiB() {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
                if (line.startsWith("VmRSS:")) {
                    return Long.parseLong(line.replaceAll("[^0-9]", "")) / 1024;
                }
            }
        } catch (IOException | RuntimeException e) {
            return -1;
        }
        return -1;
    }

    /** Prints one line per preset; see the class comment for the arguments. */
    public static void main(String[] args) {
        int threads = 2;
        int batch = 128;
        int steps = 5;
        String device = "cpu";
        List<ModelPreset> presets = new ArrayList<>();
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--threads" -> threads = Integer.parseInt(args[++i]);
                case "--batch" -> batch = Integer.parseInt(args[++i]);
                case "--steps" -> steps = Integer.parseInt(args[++i]);
                case "--device" -> device = args[++i];
                default -> presets.add(ModelPreset.parse(args[i]));
            }
        }
        if (presets.isEmpty()) {
            presets.addAll(List.of(ModelPreset.values()));
        }
        System.setProperty("ai.djl.pytorch.num_threads", Integer.toString(threads));
        System.setProperty("ai.djl.pytorch.num_interop_threads", Integer.toString(threads));
        EngineSetup.offline();
        Device dev = Devices.resolve(device);
        for (ModelPreset preset : presets) {
            System.out.println(measure(preset, 10, batch, 2, steps, dev, 1).describe());
        }
    }
}
