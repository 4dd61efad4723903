package io.kys.cli;

import io.kys.KysException;
import io.kys.engine.EngineSetup;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * The {@code kys} command: one subcommand per step of the pipeline. Errors a user can act on are
 * printed as one line with a non-zero exit; {@code --debug} adds the stack trace.
 */
@Command(name = "kys", mixinStandardHelpOptions = true, version = "kys 0.1.0",
        description = "Calibrated out-of-distribution detection for medical image classifiers.",
        subcommands = {
            CommandLine.HelpCommand.class,
            DownloadCommand.class,
            InfoCommand.class,
            InspectCommand.class,
            BenchCommand.class,
            MetricsCommand.class,
            PosthocCommand.class,
            TrainCommand.class,
            DetectCommand.class,
            ExportCommand.class,
            ScoreCommand.class,
            QuickstartCommand.class,
            ReproduceCommand.class,
            StudyCommand.class,
            KernelCommand.class,
        })
public final class KysCli implements Runnable {
    @Option(names = "--debug", scope = CommandLine.ScopeType.INHERIT,
            description = "Print stack traces of errors.")
    boolean debug;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(System.out);
    }

    /** Entry point of the launcher and of {@code java -jar target/kys.jar}. */
    public static void main(String[] args) {
        System.exit(execute(args));
    }

    /** Runs the command line and returns its exit code, for tests and embedding. */
    public static int execute(String... args) {
        EngineSetup.offline();
        boolean debug = java.util.Arrays.asList(args).contains("--debug");
        CommandLine cli = new CommandLine(new KysCli());
        cli.setExecutionExceptionHandler((ex, commandLine, parseResult) -> {
            Throwable shown = ex;
            String message = shown.getMessage() == null ? shown.getClass().getSimpleName() : shown.getMessage();
            commandLine.getErr().println("error: " + message.lines().findFirst().orElse(message));
            if (debug) {
                shown.printStackTrace(commandLine.getErr());
            }
            return ex instanceof KysException ? 1 : 2;
        });
        return cli.execute(args);
    }
}
