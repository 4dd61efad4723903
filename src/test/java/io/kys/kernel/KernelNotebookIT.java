package io.kys.kernel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import io.kys.kernel.JupyterSandbox.Result;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.StreamSupport;
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
    private static final long TIMEOUT_SECONDS = 240;

    @TempDir
    static Path work;
    private static JupyterSandbox jupyter;

    @BeforeAll
    static void installKernelSpecs() throws Exception {
        jupyter = JupyterSandbox.withKernel(work);
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
        Result result = run(List.of(JupyterSandbox.PYTHON.toString(), "-c", probe));
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
        return jupyter.execute(notebook, work, outputName, 120, TIMEOUT_SECONDS);
    }

    private static Path writeNotebook(String name, List<String> sources) throws IOException {
        return JupyterSandbox.writeNotebook(work.resolve(name), sources);
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
        return jupyter.run(command, TIMEOUT_SECONDS);
    }
}
