package io.kys.notebook;

import tech.tablesaw.plotly.components.Figure;

/**
 * A figure that redraws in place while work goes on, e.g. loss curves growing by one point per
 * epoch: one notebook output whose content is replaced on every {@link #redraw(Figure)}. In an
 * executed notebook saved to disk, the output holds the last figure drawn. Outside a notebook
 * the first figure's text form is printed once and redraws are skipped.
 */
public final class LivePlot {
    private final String displayId;
    private volatile Figure current;

    private LivePlot(String displayId, Figure first) {
        this.displayId = displayId;
        this.current = first;
    }

    /** Shows {@code first} as a new output that later redraws replace. */
    public static LivePlot start(Figure first) {
        return new LivePlot(Display.showUpdatable(first), first);
    }

    /** Replaces the shown figure by {@code figure}. */
    public void redraw(Figure figure) {
        current = figure;
        Display.update(displayId, figure);
    }

    /** The figure shown now. */
    public Figure current() {
        return current;
    }

    /** The id of the output this plot replaces. */
    public String displayId() {
        return displayId;
    }
}
