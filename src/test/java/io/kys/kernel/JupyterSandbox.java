package io.kys.kernel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;

/**
 * Debian's Jupyter confined to one temporary folder: its own data, config and runtime folders,
 * and the kys kernel spec installed into a prefix there, so tests never see or change a user's
 * Jupyter setup. Runs commands in that environment and executes notebooks headless with nbconvert.
 */
public final class JupyterSandbox {
    /** The Python that owns Debian's Jupyter packages. */
    public static final Path PYTHON = Path.of("/usr/bin/python3");
    private static final Path NBCONVERT = Path.of("/usr/bin/jupyter-nbconvert");

    private final Path work;
    private final Map<String, String> env = new HashMap<>();

    /**
     * The output of a finished command.
     *
     * @param exitCode its exit status
     * @param output standard output and error, interleaved
     */
    public record Result(int exitCode, String output) { }

    private JupyterSandbox(Path work) {
        this.work = work;
        env.put("JUPYTER_PATH", work.resolve("prefix/share/jupyter").toString());
        env.put("JUPYTER_DATA_DIR", work.resolve("data").toString());
        env.put("JUPYTER_CONFIG_DIR", work.resolve("config").toString());
        env.put("JUPYTER_RUNTIME_DIR", work.resolve("runtime").toString());
        env.put("JAVA_HOME", System.getProperty("java.home"));
    }

    /**
     * A sandbox in {@code work} with the kernel spec installed by {@code kernel/install.sh} into
     * {@code work/prefix}. Without nbconvert the calling test is skipped, except in CI (environment
     * {@code CI=true}), where it fails.
     */
    public static JupyterSandbox withKernel(Path work) throws Exception {
        if (!Files.isExecutable(NBCONVERT)) {
            if ("true".equalsIgnoreCase(System.getenv("CI"))) {
                throw new IllegalStateException(NBCONVERT + " missing; CI installs it from .ci/debian-packages");
            }
            Assumptions.abort(NBCONVERT + " missing; apt-get install jupyter-nbconvert to run this test");
        }
        assertTrue(Files.isRegularFile(Path.of("target/kys.jar")) && Files.isDirectory(Path.of("target/lib")),
                "target/kys.jar and target/lib are made by `mvn package`, which runs before this test in `mvn verify`");
        JupyterSandbox sandbox = new JupyterSandbox(work);
        Result script = sandbox.run(List.of("kernel/install.sh", "--prefix", work.resolve("prefix").toString()), 240);
        assertEquals(0, script.exitCode(), script.output());
        return sandbox;
    }

    /** The sandbox's folder. */
    public Path work() {
        return work;
    }

    /** Adds (or replaces) an environment variable of every later command, e.g. for the kernel. */
    public JupyterSandbox environment(String name, String value) {
        env.put(name, value);
        return this;
    }

    /**
     * Executes {@code notebook} headless and writes the executed copy to {@code outputDir/outputName.ipynb}.
     * nbconvert fails (a non-zero exit) on the first cell that raises an error.
     *
     * @param cellTimeoutSeconds the longest one cell may run
     * @param timeoutSeconds the longest the whole run may take
     */
    public Result execute(Path notebook, Path outputDir, String outputName, int cellTimeoutSeconds, long timeoutSeconds)
            throws Exception {
        return run(List.of(PYTHON.toString(), "-m", "jupyter", "nbconvert", "--to", "notebook", "--execute",
                "--ExecutePreprocessor.timeout=" + cellTimeoutSeconds, "--ExecutePreprocessor.startup_timeout=120",
                "--output-dir", outputDir.toString(), "--output", outputName, notebook.toString()), timeoutSeconds);
    }

    /** Converts an (executed) notebook to {@code outputDir/outputName.html} with nbconvert's default template. */
    public Result toHtml(Path notebook, Path outputDir, String outputName) throws Exception {
        return run(List.of(PYTHON.toString(), "-m", "jupyter", "nbconvert", "--to", "html",
                "--output-dir", outputDir.toString(), "--output", outputName, notebook.toString()), 240);
    }

    /** Runs {@code command} in the sandbox's environment; kills it and fails after {@code timeoutSeconds}. */
    public Result run(List<String> command, long timeoutSeconds) throws Exception {
        ProcessBuilder builder = new ProcessBuilder(new ArrayList<>(command)).redirectErrorStream(true);
        builder.environment().putAll(env);
        Path log = Files.createTempFile(work, "process", ".log");
        builder.redirectOutput(log.toFile());
        Process process = builder.start();
        if (!process.waitFor(timeoutSeconds, TimeUnit.SECONDS)) {
            process.descendants().forEach(ProcessHandle::destroyForcibly);
            process.destroyForcibly();
            throw new AssertionError(String.join(" ", command) + " ran over " + timeoutSeconds + " s:\n"
                    + Files.readString(log, StandardCharsets.UTF_8));
        }
        return new Result(process.exitValue(), Files.readString(log, StandardCharsets.UTF_8));
    }

    /** Writes a notebook of code cells for the kys kernel, without outputs. */
    public static Path writeNotebook(Path file, List<String> sources) throws IOException {
        JsonArray cells = new JsonArray();
        for (String source : sources) {
            JsonObject cell = new JsonObject();
            cell.addProperty("cell_type", "code");
            cell.add("execution_count", null);
            cell.add("metadata", new JsonObject());
            cell.add("outputs", new JsonArray());
            cell.addProperty("source", source);
            cells.add(cell);
        }
        JsonObject kernelspec = new JsonObject();
        kernelspec.addProperty("name", KernelSpec.NAME);
        kernelspec.addProperty("display_name", "Java (kys)");
        kernelspec.addProperty("language", "java");
        JsonObject metadata = new JsonObject();
        metadata.add("kernelspec", kernelspec);
        JsonObject notebook = new JsonObject();
        notebook.add("cells", cells);
        notebook.add("metadata", metadata);
        notebook.addProperty("nbformat", 4);
        notebook.addProperty("nbformat_minor", 5);
        Files.writeString(file, notebook.toString());
        return file;
    }
}
