package io.kys.report;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;

/**
 * Opens local pages in headless Chromium, each run with a fresh profile and no network use of its
 * own, to read back the DOM after scripts ran or to take a screenshot. Plotly draws each figure as
 * {@code <svg class="main-svg">} elements, so their presence inside a figure's div in the DOM proves
 * the figure rendered.
 */
public final class HeadlessChromium {
    /** Debian's Chromium. */
    public static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    /** The mark of a drawn Plotly figure in the DOM. */
    public static final String PLOTLY_SVG = "class=\"main-svg\"";

    private final Path work;
    private final int virtualTimeMillis;

    /**
     * Chromium working in {@code work} (profiles and outputs go there), letting pages run for
     * {@code virtualTimeMillis} of virtual time. Skips the calling test where Chromium is missing,
     * except in CI (environment {@code CI=true}), where it fails.
     */
    public HeadlessChromium(Path work, int virtualTimeMillis) {
        if (!Files.isExecutable(CHROMIUM)) {
            if ("true".equalsIgnoreCase(System.getenv("CI"))) {
                throw new IllegalStateException(CHROMIUM + " missing; CI installs it from .ci/debian-packages");
            }
            Assumptions.abort("no " + CHROMIUM);
        }
        this.work = work;
        this.virtualTimeMillis = virtualTimeMillis;
    }

    /** The DOM of {@code page} after its scripts had the virtual time to run. */
    public String renderedDom(Path page) throws IOException, InterruptedException {
        Path dom = work.resolve(page.getFileName() + ".dom");
        run(page, List.of("--dump-dom"), dom);
        return Files.readString(dom);
    }

    /** A PNG screenshot of {@code page} at {@code width x height} pixels, written to {@code png}. */
    public void screenshot(Path page, Path png, int width, int height) throws IOException, InterruptedException {
        run(page, List.of("--screenshot=" + png.toAbsolutePath(), "--window-size=" + width + "," + height,
                "--hide-scrollbars"), work.resolve(page.getFileName() + ".screenshot.log"));
    }

    private void run(Path page, List<String> action, Path output) throws IOException, InterruptedException {
        Path profile = Files.createTempDirectory(work, "chromium-profile-");
        List<String> command = new ArrayList<>(List.of(CHROMIUM.toString(), "--headless", "--no-sandbox",
                "--disable-gpu", "--disable-dev-shm-usage", "--disable-background-networking",
                "--disable-component-update", "--no-first-run", "--user-data-dir=" + profile,
                "--virtual-time-budget=" + virtualTimeMillis));
        command.addAll(action);
        command.add(page.toUri().toString());
        Process chromium = new ProcessBuilder(command)
                .redirectOutput(output.toFile())
                .redirectError(ProcessBuilder.Redirect.DISCARD)
                .start();
        if (!chromium.waitFor(180, TimeUnit.SECONDS)) {
            chromium.descendants().forEach(ProcessHandle::destroyForcibly);
            chromium.destroyForcibly();
            throw new AssertionError("chromium did not finish " + page + " within 180 s");
        }
        assertEquals(0, chromium.exitValue(), "chromium exit status for " + page);
    }

    /** How often {@code part} occurs in {@code text}. */
    public static int count(String text, String part) {
        int n = 0;
        for (int at = text.indexOf(part); at >= 0; at = text.indexOf(part, at + part.length())) {
            n++;
        }
        return n;
    }
}
