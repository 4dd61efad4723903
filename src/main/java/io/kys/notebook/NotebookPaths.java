package io.kys.notebook;

import io.kys.data.DataDirs;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/**
 * Where the facade reads data and writes runs. Notebooks usually run in the repository's
 * {@code notebooks/} folder while data and checkpoints live beside it, so a folder missing from
 * the working directory is looked for one level up before the working directory's is used.
 */
final class NotebookPaths {
    /** The environment variable naming the checkpoint root. */
    static final String CKPT_ENV = "KYS_CKPT_DIR";

    private NotebookPaths() { }

    /** {@code KYS_DATA_DIR}, else {@code data/} here or one level up. */
    static Path dataDir(Map<String, String> env, Path workingDir) {
        String fromEnv = env.get(DataDirs.ENV);
        return fromEnv != null && !fromEnv.isBlank() ? Path.of(fromEnv) : nearby(workingDir, DataDirs.DEFAULT.toString());
    }

    /** {@code KYS_CKPT_DIR}, else {@code ckpts/} here or one level up. */
    static Path ckptDir(Map<String, String> env, Path workingDir) {
        String fromEnv = env.get(CKPT_ENV);
        return fromEnv != null && !fromEnv.isBlank() ? Path.of(fromEnv) : nearby(workingDir, "ckpts");
    }

    private static Path nearby(Path workingDir, String folder) {
        Path here = workingDir.resolve(folder);
        Path parent = workingDir.toAbsolutePath().getParent();
        if (!Files.isDirectory(here) && parent != null && Files.isDirectory(parent.resolve(folder))) {
            return parent.resolve(folder);
        }
        return here;
    }
}
