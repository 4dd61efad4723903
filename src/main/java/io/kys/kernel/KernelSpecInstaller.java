package io.kys.kernel;

import io.kys.KysException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * Registers the kernel with Jupyter by running {@code python -m jupyter kernelspec install} on a
 * folder holding the filled-in kernel.json. The default Python is Debian's {@code /usr/bin/python3},
 * which owns the Debian Jupyter packages.
 */
public final class KernelSpecInstaller {
    /** The Python that has the Debian Jupyter packages. */
    public static final Path DEFAULT_PYTHON = Path.of("/usr/bin/python3");
    private static final long TIMEOUT_SECONDS = 120;

    /**
     * Where to install, as {@code jupyter kernelspec install} flags.
     *
     * @param flags the flags
     */
    public record Scope(List<String> flags) {
        /** For the current user (~/.local/share/jupyter). */
        public static Scope user() {
            return new Scope(List.of("--user"));
        }

        /** Under {@code prefix}/share/jupyter, found by Jupyter through JUPYTER_PATH or that prefix. */
        public static Scope prefix(Path prefix) {
            return new Scope(List.of("--prefix", prefix.toAbsolutePath().toString()));
        }

        /** Under the Python's own prefix (/usr/share/jupyter for Debian's Python). */
        public static Scope sysPrefix() {
            return new Scope(List.of("--sys-prefix"));
        }
    }

    private final Path python;

    /** An installer that runs Jupyter with {@code python}. */
    public KernelSpecInstaller(Path python) {
        this.python = python;
    }

    /**
     * Installs the kernel spec for {@code installDir} (kys.jar and lib/) run by {@code java}, and
     * returns Jupyter's report of where it went.
     *
     * @throws KysException when Python or Jupyter is missing or the install fails
     */
    public String install(Path installDir, Path java, Scope scope) {
        if (!Files.isExecutable(python)) {
            throw new KysException(python + " not found; install Jupyter with "
                    + "`apt-get install jupyter-core jupyter-client` or pass --python");
        }
        Path specDir = null;
        try {
            specDir = Files.createTempDirectory("kys-kernelspec");
            Files.writeString(specDir.resolve("kernel.json"), KernelSpec.kernelJson(installDir, java), StandardCharsets.UTF_8);
            List<String> command = new ArrayList<>(List.of(python.toString(), "-m", "jupyter", "kernelspec",
                    "install", "--name", KernelSpec.NAME));
            command.addAll(scope.flags());
            command.add(specDir.toString());
            return run(command);
        } catch (IOException e) {
            throw new KysException("cannot write the kernel spec to a temporary folder: " + e.getMessage(), e);
        } finally {
            deleteQuietly(specDir);
        }
    }

    private static String run(List<String> command) throws IOException {
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        try {
            String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
            if (!process.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new KysException(String.join(" ", command) + " did not finish within " + TIMEOUT_SECONDS + " s");
            }
            if (process.exitValue() != 0) {
                String reason = output.lines().reduce((first, second) -> second).orElse("no output");
                throw new KysException("`" + String.join(" ", command) + "` failed (exit " + process.exitValue()
                        + "): " + reason);
            }
            return output;
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
            throw new KysException("interrupted while installing the kernel spec", e);
        }
    }

    private static void deleteQuietly(Path dir) {
        if (dir == null) {
            return;
        }
        try (Stream<Path> paths = Files.walk(dir)) {
            paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException ignored) {
            // a leftover folder in the temp directory is harmless
        }
    }
}
