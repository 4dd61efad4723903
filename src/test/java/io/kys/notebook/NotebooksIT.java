package io.kys.notebook;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import io.kys.TestData;
import io.kys.kernel.JupyterSandbox;
import io.kys.report.HeadlessChromium;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The tutorial notebooks as a student gets them: each is executed headless by Jupyter with the kys
 * kernel at the small budget on the real MedMNIST files, must finish without a cell error, is
 * converted to HTML with nbconvert's default template (which loads RequireJS) and opened in
 * headless Chromium, where every Plotly figure must have drawn. Executed copies, HTML and runs go
 * to a temporary folder, never into {@code notebooks/}.
 *
 * <p>Set the system property {@code kys.notebooks.keep} to a folder to keep the HTML pages and a
 * screenshot of each there.
 */
class NotebooksIT {
    /** A notebook still running after this many seconds is stopped and fails (a hung kernel, not a slow one). */
    static final long NOTEBOOK_TIMEOUT_SECONDS = 15 * 60;
    private static final Pattern FIGURE_DIV = Pattern.compile("<div id=\"(kys_fig_[0-9a-f]{32})\"");
    private static final String LIBRARY_MARK = "wrapped so that an AMD loader";

    @TempDir
    static Path work;
    private static JupyterSandbox jupyter;
    private static final Map<String, Double> SECONDS = new LinkedHashMap<>();

    static Stream<String> notebooks() throws Exception {
        return NotebookFiles.list().stream().map(p -> p.getFileName().toString());
    }

    @BeforeAll
    static void installKernel() throws Exception {
        jupyter = JupyterSandbox.withKernel(work)
                .environment(NotebookBudget.ENV, "small")
                .environment("KYS_DATA_DIR", TestData.medmnistDir().toAbsolutePath().toString());
    }

    @ParameterizedTest
    @MethodSource("notebooks")
    void executesWithoutErrorAndEveryFigureDrawsInTheBrowser(String name) throws Exception {
        String stem = name.replace(".ipynb", "");
        jupyter.environment(NotebookPaths.CKPT_ENV, work.resolve("ckpts-" + stem).toString());
        long start = System.nanoTime();
        JupyterSandbox.Result run = jupyter.execute(Path.of("notebooks", name), work, stem, 600, NOTEBOOK_TIMEOUT_SECONDS);
        SECONDS.put(name, (System.nanoTime() - start) / 1e9);
        assertEquals(0, run.exitCode(), name + " failed:\n" + tail(run.output()));

        Path executed = work.resolve(stem + ".ipynb");
        List<String> html = outputsHtml(executed);
        int figures = 0;
        int libraries = 0;
        for (String h : html) {
            figures += count(FIGURE_DIV.matcher(h));
            libraries += HeadlessChromium.count(h, LIBRARY_MARK);
        }
        assertEquals(figures > 0 ? 1 : 0, libraries, name + ": plotly.js must be embedded exactly once when there are figures");

        JupyterSandbox.Result converted = jupyter.toHtml(executed, work, stem);
        assertEquals(0, converted.exitCode(), converted.output());
        Path page = work.resolve(stem + ".html");
        String pageHtml = Files.readString(page);
        assertTrue(pageHtml.contains("require"), "nbconvert's page loads RequireJS, as the classic UI does");
        HeadlessChromium chromium = new HeadlessChromium(work, 20_000);
        String dom = chromium.renderedDom(page);
        List<String> ids = figureIds(pageHtml);
        assertEquals(figures, ids.size(), name + ": figures in the page");
        for (int i = 0; i < ids.size(); i++) {
            int from = dom.indexOf("id=\"" + ids.get(i) + "\"");
            assertTrue(from >= 0, name + ": figure " + ids.get(i) + " missing from the DOM");
            int to = i + 1 < ids.size() ? dom.indexOf("id=\"" + ids.get(i + 1) + "\"") : dom.length();
            assertTrue(dom.substring(from, to < 0 ? dom.length() : to).contains(HeadlessChromium.PLOTLY_SVG),
                    name + ": figure " + (i + 1) + " of " + ids.size() + " did not draw");
        }
        keep(chromium, page, stem);
    }

    /** The text/html of every output of every cell; fails on an error output. */
    private static List<String> outputsHtml(Path executed) throws Exception {
        JsonObject notebook = JsonParser.parseString(Files.readString(executed)).getAsJsonObject();
        List<String> html = new ArrayList<>();
        for (JsonElement cell : notebook.getAsJsonArray("cells")) {
            JsonObject c = cell.getAsJsonObject();
            if (!c.has("outputs")) {
                continue;
            }
            for (JsonElement output : c.getAsJsonArray("outputs")) {
                JsonObject o = output.getAsJsonObject();
                assertTrue(!"error".equals(o.get("output_type").getAsString()), executed + ": error output " + o);
                if (o.has("data") && o.getAsJsonObject("data").has("text/html")) {
                    html.add(NotebookFiles.text(o.getAsJsonObject("data").get("text/html")));
                }
            }
        }
        return html;
    }

    private static List<String> figureIds(String html) {
        List<String> ids = new ArrayList<>();
        Matcher m = FIGURE_DIV.matcher(html);
        while (m.find()) {
            ids.add(m.group(1));
        }
        return ids;
    }

    private static int count(Matcher m) {
        int n = 0;
        while (m.find()) {
            n++;
        }
        return n;
    }

    private static void keep(HeadlessChromium chromium, Path page, String stem) throws Exception {
        String keep = System.getProperty("kys.notebooks.keep");
        if (keep == null || keep.isBlank()) {
            return;
        }
        Path dir = Files.createDirectories(Path.of(keep));
        Files.copy(page, dir.resolve(stem + ".html"), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        chromium.screenshot(page, dir.resolve(stem + ".png").toAbsolutePath(), 1200, 3000);
    }

    private static String tail(String output) {
        return output.length() <= 6000 ? output : "..." + output.substring(output.length() - 6000);
    }

    /** Prints the measured execution times; the 15-minute budget is a measurement, not an assertion. */
    @AfterAll
    static void printTimes() {
        double total = SECONDS.values().stream().mapToDouble(Double::doubleValue).sum();
        SECONDS.forEach((name, s) -> System.out.printf(Locale.ROOT, "notebook %-34s %6.1f s%n", name, s));
        System.out.printf(Locale.ROOT, "notebooks total %.1f s%n", total);
    }
}
