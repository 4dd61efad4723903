package io.kys.cli;

import java.nio.file.Path;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** Options shared by the commands that train or load models: data, checkpoints, device, seed. */
public final class RunOptions {
    @Mixin
    DataDirOption data;

    @Option(names = "--ckpt-dir", defaultValue = "ckpts", description = "Checkpoint root (default: ${DEFAULT-VALUE}).")
    Path ckptDir;

    @Option(names = "--device", defaultValue = "auto", description = "auto|cpu|gpu (default: ${DEFAULT-VALUE}).")
    String device;

    @Option(names = "--seed", defaultValue = "0", description = "Seed (default: ${DEFAULT-VALUE}).")
    long seed;

    /** The dataset folder chosen by option, environment or default. */
    public Path dataDir() {
        return data.dir();
    }
}
