package io.kys.kernel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The packaged kernel under the real Jupyter: installs the kernel spec with {@code kernel/install.sh}
 * and with {@code kys kernel install}, then executes notebooks headless with nbconvert. Needs
 * {@code target/kys.jar} and {@code target/lib} (the package phase) and Debian's Jupyter; without
 * Jupyter it is skipped, except in CI where it fails.
 */
class KernelNotebookIT {
    private static final Path PYTHON = Path.of("/usr/bin/python3");
    private static final Path NBCONVERT = Path.of("/usr/bin/jupyter-nbconvert");
    private static final long TIMEOUT_SECONDS = 240;

    @TempDir
    static Path work;
    private static Map<String, String> jupyterEnv;

    private record Result(int exitCode, String output) { }

    @BeforeAll
    static void installKernelSpecs() throws Exception {
        boolean ci = "true".equalsIgnoreCase(System.getenv("CI"));
        if (!Files.isExecutable(NBCONVERT)) {
            if (ci) {
                throw new IllegalStateException(NBCONVERT + " missing; CI installs it from .ci/debian-packages");
            }
            Assumptions.abort(NBCONVERT + " missing; apt-get install jupyter-nbconvert to run this test");
        }
        assertTrue(Files.isRegularFile(Path.of("target/kys.jar")) && Files.isDirectory(Path.of("target/lib")),
                "target/kys.jar and target/lib are made by `mvn package`, which runs before this test in `mvn verify`");
        jupyterEnv = new HashMap<>();
        jupyterEnv.put("JUPYTER_PATH", work.resolve("prefix/share/jupyter").toString());
        jupyterEnv.put("JUPYTER_DATA_DIR", work.resolve("data").toString());
        jupyterEnv.put("JUPYTER_CONFIG_DIR", work.resolve("config").toString());
        jupyterEnv.put("JUPYTER_RUNTIME_DIR", work.resolve("runtime").toString());
        jupyterEnv.put("JAVA_HOME", System.getProperty("java.home"));

        Result script = run(List.of("kernel/install.sh", "--prefix", work.resolve("prefix").toString()));
        assertEquals(0, script.exitCode(), script.output());
        Result cli = run(List.of(KernelSpec.currentJava().toString(), "-jar", "target/kys.jar",
                "kernel", "install", "--prefix", work.resolve("prefix-cli").toString()));
        assertEquals(0, cli.exitCode(), cli.output());
    }

    @Test
    void scriptAndCommandInstallTheSameKernelSpec() throws Exception {
        String fromScript = Files.readString(work.resolve("prefix/share/jupyter/kernels/kys/kernel.json"));
        String fromCli = Files.readString(work.resolve("prefix-cli/share/jupyter/kernels/kys/kernel.json"));
        assertEquals(JsonParser.parseString(fromScript), JsonParser.parseString(fromCli));
        String cp = JsonParser.parseString(fromScript).getAsJsonObject().getAsJsonArray("argv").get(3).getAsString();
        assertEquals(Path.of("target").toAbsolutePath() + "/kys.jar:" + Path.of("target").toAbsolutePath() + "/lib/*", cp);
    }

    @Test
    void notebookCellsProduceStreamsResultsAndDisplays() throws Exception {
        Path notebook = writeNotebook("ok.ipynb", List.of(
                "1 + 2",
                "System.out.println(\"hello from java\");",
                "io.kys.notebook.Display.html(\"<b>x</b>\")",
                "int a = 6;\nint b = 7;\nString s = \"a*b=\" + (a * b);\ns",
                "try (var p = Display.progress(\"steps\")) {\n"
                        + "    for (int i = 1; i <= 3; i++) { p.update(i + \"/3\"); Thread.sleep(120); }\n}"));
        Result result = nbconvert(notebook, "ok-executed");
        assertEquals(0, result.exitCode(), result.output());

        JsonArray cells = JsonParser.parseString(Files.readString(work.resolve("ok-executed.ipynb")))
                .getAsJsonObject().getAsJsonArray("cells");
        assertEquals("3", data(onlyOutput(cells, 0, "execute_result"), "text/plain"));
        JsonObject stream = onlyOutput(cells, 1, "stream");
        assertEquals("stdout", stream.get("name").getAsString());
        assertEquals("hello from java\n", joined(stream.get("text")));
        assertEquals("<b>x</b>", data(onlyOutput(cells, 2, "display_data"), "text/html"));
        assertEquals("\"a*b=42\"", data(onlyOutput(cells, 3, "execute_result"), "text/plain"));
        assertEquals("steps: 3/3 (done)", data(onlyOutput(cells, 4, "display_data"), "text/plain"));
    }

    @Test
    void aCellThatThrowsFailsTheRun() throws Exception {
        Path notebook = writeNotebook("fails.ipynb", List.of("int z = 1;", "Object o = null;\no.toString()"));
        Result result = nbconvert(notebook, "fails-executed");
        assertNotEquals(0, result.exitCode(), result.output());
        assertTrue(result.output().contains("CellException: java.lang.NullPointerException"), result.output());
        assertTrue(result.output().contains("(at line 2)"), result.output());
    }

    @Test
    void kernelIsReadyWithinSecondsAndInterruptsACell() throws Exception {
        String probe = String.join("\n",
                "import threading, time",
                "from jupyter_client.manager import start_new_kernel",
                "quiet = lambda msg: None",
                "t0 = time.monotonic()",
                "km, kc = start_new_kernel(kernel_name='kys', startup_timeout=120)",
                "ready = time.monotonic() - t0",
                "first = kc.execute_interactive('6 * 7', timeout=120, output_hook=quiet)",
                "first_s = time.monotonic() - t0",
                "errors = []",
                "hook = lambda msg: errors.append(msg['content']) if msg['msg_type'] == 'error' else None",
                "sleeper = threading.Thread(target=lambda: kc.execute_interactive(",
                "    'Thread.sleep(120_000);', timeout=120, output_hook=hook))",
                "sleeper.start()",
                "time.sleep(2)",
                "km.interrupt_kernel()",
                "sleeper.join(60)",
                "after = kc.execute_interactive('1 + 1', timeout=60, output_hook=quiet)",
                "kc.stop_channels()",
                "km.shutdown_kernel()",
                "del kc, km",
                "print('interrupted: %s' % [e['evalue'] for e in errors])",
                "print('ready_s=%.2f first_cell_s=%.2f status=%s after_interrupt=%s' % (",
                "    ready, first_s, first['content']['status'], after['content']['status']))");
        Result result = run(List.of(PYTHON.toString(), "-c", probe));
        assertEquals(0, result.exitCode(), result.output());
        assertTrue(result.output().contains("interrupted: ['java.lang.InterruptedException: sleep interrupted"),
                result.output());
        String line = result.output().lines().filter(l -> l.startsWith("ready_s=")).findFirst()
                .orElseThrow(() -> new AssertionError(result.output()));
        System.out.println("kernel start: " + line);
        assertTrue(line.endsWith("status=ok after_interrupt=ok"), line);
        double ready = Double.parseDouble(line.replaceAll("ready_s=([0-9.]+).*", "$1"));
        assertTrue(ready < 30, "kernel took " + ready + " s to answer");
    }

    private static Result nbconvert(Path notebook, String outputName) throws Exception {
        return run(List.of(PYTHON.toString(), "-m", "jupyter", "nbconvert", "--to", "notebook", "--execute",
                "--ExecutePreprocessor.timeout=120", "--ExecutePreprocessor.startup_timeout=120",
                "--output-dir", work.toString(), "--output", outputName, notebook.toString()));
    }

    private static Path writeNotebook(String name, List<String> sources) throws IOException {
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
        Path file = work.resolve(name);
        Files.writeString(file, notebook.toString());
        return file;
    }

    private static JsonObject onlyOutput(JsonArray cells, int index, String outputType) {
        JsonArray outputs = cells.get(index).getAsJsonObject().getAsJsonArray("outputs");
        List<JsonObject> matching = StreamSupport.stream(outputs.spliterator(), false)
                .map(JsonElement::getAsJsonObject)
                .filter(o -> outputType.equals(o.get("output_type").getAsString()))
                .collect(Collectors.toList());
        assertEquals(1, matching.size(), "cell " + index + " outputs: " + outputs);
        assertEquals(1, outputs.size(), "cell " + index + " outputs: " + outputs);
        return matching.get(0);
    }

    private static String data(JsonObject output, String mimeType) {
        return joined(output.getAsJsonObject("data").get(mimeType));
    }

    /** nbformat stores multi-line text as a list of lines. */
    private static String joined(JsonElement text) {
        if (text.isJsonArray()) {
            return StreamSupport.stream(text.getAsJsonArray().spliterator(), false)
                    .map(JsonElement::getAsString).collect(Collectors.joining());
        }
        return text.getAsString();
    }

    private static Result run(List<String> command) throws Exception {
        ProcessBuilder builder = new ProcessBuilder(new ArrayList<>(command)).redirectErrorStream(true);
        builder.environment().putAll(jupyterEnv);
        Path log = Files.createTempFile(work, "process", ".log");
        builder.redirectOutput(log.toFile());
        Process process = builder.start();
        if (!process.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
            process.descendants().forEach(ProcessHandle::destroyForcibly);
            process.destroyForcibly();
            throw new AssertionError(String.join(" ", command) + " ran over " + TIMEOUT_SECONDS + " s:\n"
                    + Files.readString(log, StandardCharsets.UTF_8));
        }
        return new Result(process.exitValue(), Files.readString(log, StandardCharsets.UTF_8));
    }
}
