package io.kys.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import tech.tablesaw.plotly.components.Figure;
import tech.tablesaw.plotly.components.Layout;
import tech.tablesaw.plotly.traces.ScatterTrace;

class PlotlyEmbedTest {

    static int count(String text, String part) {
        return HeadlessChromium.count(text, part);
    }

    @Test
    void libraryRunsInsideFunctionThatHidesAmdAndCommonJs() {
        String js = PlotlyEmbed.libraryJavascript();
        String start = "(function (define, module, exports) {\n";
        assertTrue(js.contains(start), "wrapper must shadow define, module and exports");
        assertTrue(js.endsWith("\n}).call(window);"), js.substring(js.length() - 40));
        // The bundle sits between the two, exactly once.
        int body = js.indexOf(start) + start.length();
        assertEquals(1, count(js, "* plotly.js v" + PlotlyEmbed.PLOTLY_VERSION));
        assertTrue(js.indexOf("* plotly.js v") > body);
        assertTrue(js.contains("if (window.Plotly && window.Plotly.version === '" + PlotlyEmbed.PLOTLY_VERSION + "') { return; }"));
        // The UMD header that RequireJS would capture is still there, now seeing undefined names.
        assertTrue(js.contains("typeof define === 'function' && define.amd"));
        assertSame(js, PlotlyEmbed.libraryJavascript(), "read once, then cached");
    }

    @Test
    void libraryIsAsciiAndSafeInsideScriptElement() {
        String js = PlotlyEmbed.libraryJavascript();
        assertTrue(js.chars().allMatch(c -> c < 0x80), "non-ASCII character left");
        assertFalse(js.toLowerCase(java.util.Locale.ROOT).contains("</script"));
        assertFalse(js.contains("<!--"));
        String script = PlotlyEmbed.libraryScript();
        assertTrue(script.startsWith("<script type=\"text/javascript\">\n"));
        assertTrue(script.endsWith("\n</script>"));
        assertEquals(1, count(script, "</script>"));
    }

    @Test
    void asciiEscapesKeepMeaning() {
        assertEquals("var \\u03b5 = 1e-6; s = '\\u00b0';", PlotlyEmbed.asciiOnly("var ε = 1e-6; s = '°';", false));
        assertEquals(" /* next file */", PlotlyEmbed.asciiOnly("\uFEFF/* next file */", true));
        assertEquals("'\\ufeff'", PlotlyEmbed.asciiOnly("'\uFEFF'", false));
        String ascii = "plain";
        assertSame(ascii, PlotlyEmbed.asciiOnly(ascii, true));
    }

    @Test
    void bundleThatWouldCloseScriptIsRefused() {
        assertThrows(IllegalStateException.class, () -> PlotlyEmbed.wrap("var s = '</SCRIPT>';"));
    }

    private static Figure namedFigure(String traceName) {
        return new Figure(Layout.builder().title("t").build(),
                ScatterTrace.builder(new double[] {0, 1}, new double[] {1, 0}).name(traceName).build());
    }

    @Test
    void figureHtmlIsOneDivAndOneDeferredScript() {
        String html = PlotlyEmbed.figureHtml(namedFigure("series"), "fig_7");
        assertTrue(html.startsWith("<div id=\"fig_7\" class=\"kys-figure\""), html);
        assertEquals(1, count(html, "<script"));
        assertEquals(1, count(html, "</script>"));
        assertEquals(1, count(html, "Plotly.newPlot(target_fig_7, data, layout)"));
        // Drawing waits for the library and keeps Tablesaw's variables local to the figure.
        assertTrue(html.contains("function draw() {"));
        assertTrue(html.indexOf("var layout") > html.indexOf("function draw() {"));
        assertTrue(html.contains("if (ready()) { draw(); return; }"));
        assertTrue(html.contains("setInterval("));
        assertFalse(html.contains("cdn.plot.ly"), "no CDN");
    }

    @Test
    void textInFigureCannotEndTheScript() {
        String html = PlotlyEmbed.figureHtml(namedFigure("a</script><img src=x>b ε"), "f1");
        assertEquals(1, count(html, "</script>"));
        assertFalse(html.contains("<img"));
        assertTrue(html.chars().allMatch(c -> c < 0x80));
    }

    @Test
    void divIdMustBeAnIdentifier() {
        assertThrows(IllegalArgumentException.class, () -> PlotlyEmbed.figureHtml(namedFigure("x"), "fig-1"));
        assertThrows(IllegalArgumentException.class, () -> PlotlyEmbed.figureHtml(namedFigure("x"), "1fig"));
    }
}
