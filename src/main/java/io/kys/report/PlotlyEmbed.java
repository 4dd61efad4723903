package io.kys.report;

import io.kys.KysException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.regex.Pattern;
import tech.tablesaw.plotly.components.Figure;

/**
 * Puts Plotly figures into HTML with no network: plotly.js is taken from the WebJar on the class
 * path and embedded inline.
 *
 * <p>Two pieces, and the caller decides how often each appears: {@link #libraryScript()} once per
 * page (an HTML report) or once per notebook session (a setup cell), then {@link
 * #figureHtml(Figure, String)} for every figure. Each figure waits for {@code window.Plotly}, so it
 * also draws when the library arrives later on the page.
 *
 * <p>Why the library is wrapped: Jupyter's classic page and nbconvert's HTML export load RequireJS.
 * plotly.js is a UMD bundle: when a global {@code define} with {@code define.amd} exists it registers
 * itself as an anonymous AMD module instead of setting {@code window.Plotly} (and RequireJS reports
 * a mismatched anonymous module), so every figure stays blank. The wrapper runs the bundle inside a
 * function whose parameters {@code define}, {@code module} and {@code exports} are undefined, so the
 * bundle takes its browser-global branch, and the page's own RequireJS is never touched.
 */
public final class PlotlyEmbed {
    /** The plotly.js version embedded, the one of the WebJar this build depends on. */
    public static final String PLOTLY_VERSION = "2.35.3";

    private static final String RESOURCE = "/META-INF/resources/webjars/plotly.js-dist/" + PLOTLY_VERSION + "/plotly.js";
    private static final Pattern DIV_ID = Pattern.compile("[A-Za-z][A-Za-z0-9_]*");

    private PlotlyEmbed() { }

    /** Holds the wrapped library, read on first use only (it is about 11 MB). */
    private static final class Library {
        static final String JAVASCRIPT = wrap(readBundle());
    }

    /**
     * The plotly.js bundle wrapped so that an AMD loader cannot capture it: JavaScript source, no
     * {@code <script>} tag (for a notebook's {@code application/javascript} output). If the page
     * already has this plotly.js version as {@code window.Plotly}, running it again does nothing.
     */
    public static String libraryJavascript() {
        return Library.JAVASCRIPT;
    }

    /**
     * {@link #libraryJavascript()} inside a {@code <script>} element, for HTML. Put it in a page
     * once, before or after the figures.
     */
    public static String libraryScript() {
        return "<script type=\"text/javascript\">\n" + Library.JAVASCRIPT + "\n</script>";
    }

    /**
     * The bundle wrapped in a function whose {@code define}, {@code module} and {@code exports}
     * are undefined, and made ASCII-only: pages that do not declare UTF-8 would otherwise misread
     * plotly's non-ASCII identifiers (d3's {@code ε}, {@code π}) and fail to parse it.
     */
    static String wrap(String bundle) {
        String lower = bundle.toLowerCase(Locale.ROOT);
        if (lower.contains("</script") || bundle.contains("<!--")) {
            // Either sequence would end or confuse an inline <script> element.
            throw new IllegalStateException("plotly.js bundle cannot be inlined in a <script> element");
        }
        return "/* plotly.js " + PLOTLY_VERSION + ", wrapped so that an AMD loader (RequireJS) cannot capture it */\n"
                + "(function (define, module, exports) {\n"
                + "if (window.Plotly && window.Plotly.version === '" + PLOTLY_VERSION + "') { return; }\n"
                + asciiOnly(bundle, true)
                + "\n}).call(window);";
    }

    /**
     * {@code code} with every non-ASCII character written as a {@code \\uXXXX} escape, which means
     * the same character in JavaScript identifiers, strings and regular expressions. With {@code
     * byteOrderMarkIsSpace}, U+FEFF becomes a plain space instead: in plotly's bundle it only
     * appears as a byte order mark left between concatenated files, where JavaScript reads it as
     * white space and an escape would be a syntax error.
     */
    static String asciiOnly(String code, boolean byteOrderMarkIsSpace) {
        StringBuilder out = null;
        for (int i = 0; i < code.length(); i++) {
            char c = code.charAt(i);
            if (c < 0x80) {
                if (out != null) {
                    out.append(c);
                }
                continue;
            }
            if (out == null) {
                out = new StringBuilder(code.length() + 1024).append(code, 0, i);
            }
            if (c == '\uFEFF' && byteOrderMarkIsSpace) {
                out.append(' ');
            } else {
                out.append(String.format("\\u%04x", (int) c));
            }
        }
        return out == null ? code : out.toString();
    }

    private static String readBundle() {
        try (InputStream in = PlotlyEmbed.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new KysException("plotly.js " + PLOTLY_VERSION + " is not on the class path; add the WebJar "
                        + "org.webjars.npm:plotly.js-dist:" + PLOTLY_VERSION);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new KysException("cannot read plotly.js from the class path: " + e.getMessage(), e);
        }
    }

    /**
     * A {@code <div>} and a {@code <script>} that draws {@code figure} into it once {@code
     * window.Plotly} exists (checked every 50 ms for a minute; after that the div says that the
     * library is missing). The library itself is not included: see {@link #libraryScript()}.
     *
     * @param figure a Tablesaw figure
     * @param divId the div's id: letters, digits and underscores, starting with a letter, unique
     *     in the page (in a notebook, unique across kernel restarts too, e.g. with a random part)
     */
    public static String figureHtml(Figure figure, String divId) {
        if (divId == null || !DIV_ID.matcher(divId).matches()) {
            // Tablesaw names a JavaScript variable after the id, so it must be an identifier.
            throw new IllegalArgumentException("figure div id must match " + DIV_ID + ", got " + divId);
        }
        return "<div id=\"" + divId + "\" class=\"kys-figure\" style=\"width:100%;height:440px;\"></div>\n"
                + "<script type=\"text/javascript\">\n"
                + "(function () {\n"
                + "  function draw() {\n"
                + drawingCode(figure, divId)
                + "\n  }\n"
                + "  function ready() { return window.Plotly && typeof window.Plotly.newPlot === 'function'; }\n"
                + "  if (ready()) { draw(); return; }\n"
                + "  var waited = 0;\n"
                + "  var timer = setInterval(function () {\n"
                + "    waited += 50;\n"
                + "    if (ready()) { clearInterval(timer); draw(); }\n"
                + "    else if (waited >= 60000) {\n"
                + "      clearInterval(timer);\n"
                + "      var div = document.getElementById('" + divId + "');\n"
                + "      if (div) { div.textContent = 'plotly.js is not loaded on this page: show the library once before figures.'; }\n"
                + "    }\n"
                + "  }, 50);\n"
                + "})();\n"
                + "</script>";
    }

    /**
     * The statements Tablesaw writes for the figure, out of their {@code <script>} element, so they
     * run inside the function above: its {@code var}s (layout, trace0, data) stay local and one
     * figure waiting for the library cannot pick up another figure's data.
     */
    static String drawingCode(Figure figure, String divId) {
        String script = figure.asJavascript(divId).strip();
        String open = "<script>";
        String close = "</script>";
        if (!script.startsWith(open) || !script.endsWith(close)) {
            throw new IllegalStateException("unexpected Tablesaw figure output: " + script.substring(0, Math.min(80, script.length())));
        }
        String code = script.substring(open.length(), script.length() - close.length());
        // Tablesaw writes data as JavaScript strings; "</" inside one would end the <script> element.
        return asciiOnly(code.replace("</", "<\\/"), false);
    }
}
