package io.kys.cli;

import io.kys.data.DataDirs;
import java.nio.file.Path;
import picocli.CommandLine.Option;

/** The {@code --data-dir} option shared by the commands that read or write MedMNIST files. */
public final class DataDirOption {
    @Option(names = "--data-dir", paramLabel = "DIR",
            description = "Folder of MedMNIST .npz files (default: $KYS_DATA_DIR, else data/).")
    String dataDir;

    /** The folder chosen by the option, the environment or the default. */
    public Path dir() {
        return DataDirs.resolve(dataDir);
    }
}
