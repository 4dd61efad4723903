package io.kys.cli;

import io.kys.model.ModelPreset;
import io.kys.train.TrainBench;
import java.io.PrintWriter;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code kys bench train}: throughput of the raw engine step, the method step and the data pipeline. */
@Command(name = "train", description = {
    "Time the raw training step (ID batch, cross-entropy only), the full method step of 'ours'",
    "(ID + pixel outliers + RandConv + latent sampling, fed by the prefetching pipeline) and the",
    "data pipeline alone, on synthetic 32 px images; print resident memory after each epoch."})
public final class BenchTrainCommand implements Runnable {
    @Option(names = "--model-type", defaultValue = "wrn16_2", description = "Model preset (default: ${DEFAULT-VALUE}).")
    String model;

    @Option(names = "--batch-size", defaultValue = "128", description = "ID images per step (default: ${DEFAULT-VALUE}).")
    int batchSize;

    @Option(names = "--steps", defaultValue = "10", description = "Measured steps per epoch (default: ${DEFAULT-VALUE}).")
    int steps;

    @Option(names = "--epochs", defaultValue = "3", description = "Measured epochs of the method step (default: ${DEFAULT-VALUE}).")
    int epochs;

    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        PrintWriter out = spec.commandLine().getOut();
        out.println("command: " + BenchCommand.commandLine(spec));
        out.printf("java %s, %d cores, model %s, batch %d%n", Runtime.version(),
                Runtime.getRuntime().availableProcessors(), model, batchSize);
        out.flush();
        TrainBench.Result r = new TrainBench(ModelPreset.parse(model), batchSize, steps, epochs).run(line -> {
            out.println(line);
            out.flush();
        });
        out.printf("method step time per ID image / two raw steps: %.2f (target <= 1.10)%n", r.costOverTwoRawSteps());
        out.println("resident memory after each method epoch (MiB): " + r.residentBytesPerEpoch().stream()
                .map(b -> Long.toString(b >> 20)).collect(Collectors.joining(", ")));
        double total = r.methodPhaseSeconds().values().stream().mapToDouble(Double::doubleValue).sum();
        out.println("method step time by phase: " + r.methodPhaseSeconds().entrySet().stream()
                .map(e -> String.format("%s %.0f%%", e.getKey().name().toLowerCase(java.util.Locale.ROOT),
                        100 * e.getValue() / total)).collect(Collectors.joining(", ")));
        out.printf("peak resident memory of the process: %d MiB%n", TrainBench.peakResidentBytes() >> 20);
    }
}
