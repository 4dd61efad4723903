package io.kys.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class HtmlReportTest {
    @TempDir
    Path dir;

    @Test
    void reportIsSelfContainedWithLibraryOnceAndOneDivPerFigure() throws IOException {
        HtmlReport report = SampleReports.everything();
        Path file = dir.resolve("sub/report.html");
        report.write(file);
        String html = Files.readString(file);
        assertEquals(report.html(), html);
        try (Stream<Path> files = Files.list(file.getParent())) {
            assertEquals(List.of(file), files.toList(), "no temporary file left");
        }

        assertEquals(6, report.figureCount());
        assertEquals(1, PlotlyEmbedTest.count(html, "* plotly.js v" + PlotlyEmbed.PLOTLY_VERSION), "library once");
        assertEquals(6, PlotlyEmbedTest.count(html, "class=\"kys-figure\""));
        for (int i = 1; i <= 6; i++) {
            assertEquals(1, PlotlyEmbedTest.count(html, "<div id=\"kys_fig_" + i + "\""), "figure " + i);
        }
        // The library's own strings mention tags and addresses it never loads; the rest of the page
        // is checked as markup.
        String withoutLibrary = html.replace(PlotlyEmbed.libraryScript(), "");
        assertEquals(html.length() - PlotlyEmbed.libraryScript().length(), withoutLibrary.length(), "library once, verbatim");
        assertEquals(6, PlotlyEmbedTest.count(withoutLibrary, "<img "));

        // Nothing is fetched: no script or link with a source, images inline.
        Matcher scripts = Pattern.compile("<script[^>]*>").matcher(html);
        while (scripts.find()) {
            assertFalse(scripts.group().contains("src"), scripts.group());
        }
        assertFalse(withoutLibrary.contains("<link"));
        assertFalse(withoutLibrary.contains("<iframe"));
        Matcher images = Pattern.compile("<img src=\"([^\"]{0,10})").matcher(withoutLibrary);
        while (images.find()) {
            assertEquals("data:image", images.group(1));
        }
        // No http(s) address at all outside the library.
        assertFalse(Pattern.compile("(?i)(src|href)\\s*=\\s*[\"']?\\s*https?:").matcher(withoutLibrary).find());
        assertFalse(withoutLibrary.contains("http://") || withoutLibrary.contains("https://"), "address outside the library");

        assertTrue(html.contains("<title>Sample &lt;report&gt; &amp; checks</title>"));
        assertTrue(html.contains("<meta charset=\"utf-8\">"));
    }

    @Test
    void reportWithoutFiguresHasNoLibrary() {
        HtmlReport report = HtmlReport.builder("text only").text("just words").build();
        assertFalse(report.html().contains("plotly.js"));
        assertTrue(report.html().length() < 5000);
    }
}
