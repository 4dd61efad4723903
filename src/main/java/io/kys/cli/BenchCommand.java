package io.kys.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code kys bench AREA}: throughput measurements, one subcommand per area of the pipeline
 * ({@code data}, {@code train}).
 */
@Command(name = "bench", description = "Measure throughput of a part of the pipeline.",
        subcommands = {BenchDataCommand.class, BenchTrainCommand.class})
public final class BenchCommand implements Runnable {
    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    /** The full command line that is running, for benchmark output that says how it was produced. */
    static String commandLine(CommandSpec running) {
        return "kys " + String.join(" ", running.root().commandLine().getParseResult().originalArgs());
    }
}
