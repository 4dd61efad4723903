package io.kys.notebook;

import io.kys.report.PlotlyEmbed;
import java.util.StringJoiner;
import java.util.UUID;
import tech.tablesaw.plotly.components.Figure;
import tech.tablesaw.plotly.traces.Trace;

/**
 * Shows Tablesaw figures inline. plotly.js (about 11 MB) goes into the notebook once per kernel
 * session through {@link Display#htmlOnce}, as an output of its own just before the first figure;
 * every figure is then a small {@code <div>} plus a script that waits for {@code window.Plotly}.
 * That order also holds in an executed notebook converted to HTML, which therefore carries the
 * library exactly once and draws all figures, including those of cells run later.
 *
 * <p>The text form names the figure and its traces, so a figure shown by a plain program prints
 * a line instead of vanishing.
 */
final class FigureDisplay {
    /** The {@link Display#htmlOnce} key of the library: one per plotly.js version. */
    static final String LIBRARY_KEY = "plotly.js " + PlotlyEmbed.PLOTLY_VERSION;

    private FigureDisplay() { }

    /** The figure's HTML (the library shown first if this session has not shown it) and text. */
    static DisplayContent content(Figure figure) {
        Display.htmlOnce(LIBRARY_KEY, PlotlyEmbed.libraryScript());
        return DisplayContent.html(PlotlyEmbed.figureHtml(figure, newDivId()))
                .with(DisplayContent.TEXT, describe(figure));
    }

    /**
     * A div id no other output can have, not even one saved from an earlier kernel session:
     * Plotly draws into the first element with the id, so a repeated id would draw over an old
     * figure. It must be a JavaScript identifier, hence no dashes.
     */
    static String newDivId() {
        return "kys_fig_" + UUID.randomUUID().toString().replace("-", "");
    }

    /** {@code [figure "title": trace, trace]}. */
    static String describe(Figure figure) {
        String title = figure.getLayout() == null ? null : figure.getLayout().getTitle();
        StringJoiner traces = new StringJoiner(", ");
        if (figure.getTraces() != null) {
            for (Trace trace : figure.getTraces()) {
                if (trace.name() != null && !trace.name().isBlank()) {
                    traces.add(trace.name());
                }
            }
        }
        String head = title == null || title.isBlank() ? "[figure" : "[figure \"" + title + "\"";
        return traces.length() == 0 ? head + "]" : head + ": " + traces + "]";
    }
}
