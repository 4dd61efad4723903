package io.kys.report;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Opens pages in headless Chromium and reads back the DOM after scripts ran: Plotly draws each
 * figure as {@code <svg class="main-svg">} elements, so their presence inside a figure's div
 * proves it rendered. Skipped where {@code /usr/bin/chromium} is missing, except in CI, which
 * installs it from {@code .ci/debian-packages}.
 */
class BrowserRenderTest {
    private static final String SVG = HeadlessChromium.PLOTLY_SVG;

    @TempDir
    Path dir;

    /** The DOM of {@code page} after at most 10 s of virtual time. */
    private String renderedDom(Path page) throws IOException, InterruptedException {
        return new HeadlessChromium(dir, 10_000).renderedDom(page);
    }

    /** The part of the DOM from this figure's div to the next figure's div (or the end). */
    private static String figureSection(String dom, int figure) {
        int start = dom.indexOf("id=\"kys_fig_" + figure + "\"");
        assertTrue(start >= 0, "figure " + figure + " missing from the DOM");
        int end = dom.indexOf("id=\"kys_fig_" + (figure + 1) + "\"");
        return dom.substring(start, end < 0 ? dom.length() : end);
    }

    @Test
    void everyFigureOfTheReportDraws() throws Exception {
        HtmlReport report = SampleReports.everything();
        Path page = dir.resolve("report.html");
        report.write(page);
        String dom = renderedDom(page);
        assertTrue(PlotlyEmbedTest.count(dom, SVG) >= report.figureCount(), "too few plots drawn");
        for (int i = 1; i <= report.figureCount(); i++) {
            assertTrue(figureSection(dom, i).contains(SVG), "figure " + i + " did not draw");
        }
    }

    @Test
    void wrappedLibraryDrawsUnderAnAmdLoaderWhereThePlainBundleDoesNot() throws Exception {
        String rawBundle = new String(PlotlyEmbed.class.getResourceAsStream(
                "/META-INF/resources/webjars/plotly.js-dist/" + PlotlyEmbed.PLOTLY_VERSION + "/plotly.js").readAllBytes(),
                java.nio.charset.StandardCharsets.UTF_8);
        String page = "<!DOCTYPE html><html><head><meta charset=\"utf-8\">\n"
                // What RequireJS looks like to a UMD bundle: a global define with define.amd.
                + "<script>window.amdCalls = 0; function define() { window.amdCalls++; } define.amd = {};</script>\n"
                // Control: the plain bundle registers with the loader and leaves window.Plotly unset.
                + "<script>" + rawBundle + "</script>\n"
                + "<script>document.documentElement.setAttribute('data-plain', typeof window.Plotly + ':' + window.amdCalls);</script>\n"
                + PlotlyEmbed.libraryScript() + "\n"
                + "<script>document.documentElement.setAttribute('data-wrapped', typeof window.Plotly + ':' + window.amdCalls);</script>\n"
                + "</head><body>\n"
                + PlotlyEmbed.figureHtml(SampleReports.everyFigureKind().get(0), "kys_fig_1") + "\n"
                + "</body></html>\n";
        Path file = dir.resolve("amd.html");
        Files.writeString(file, page);
        String dom = renderedDom(file);
        assertTrue(dom.contains("data-plain=\"undefined:1\""), "control: the plain bundle should be captured by define");
        assertTrue(dom.contains("data-wrapped=\"object:1\""), "the wrapped library must set window.Plotly without define");
        assertTrue(figureSection(dom, 1).contains(SVG), "figure did not draw under an AMD loader");
    }
}
