package io.kys.report;

import java.util.List;
import tech.tablesaw.plotly.components.Figure;
import tech.tablesaw.plotly.traces.ScatterTrace;
import tech.tablesaw.plotly.traces.Trace;

/** Lines with markers, one per series: training curves (loss terms, accuracy) over epochs. */
public final class LineChart {
    private LineChart() { }

    /**
     * The line chart, series drawn in the given order.
     *
     * @param title chart title
     * @param xTitle x-axis title, e.g. "epoch"
     * @param yTitle y-axis title
     * @param series the curves, e.g. {@link Series#overEpochs(String, double[])}
     */
    public static Figure figure(String title, String xTitle, String yTitle, List<Series> series) {
        Trace[] traces = new Trace[series.size()];
        for (int i = 0; i < traces.length; i++) {
            Series s = series.get(i);
            traces[i] = ScatterTrace.builder(s.x(), s.y()).mode(ScatterTrace.Mode.LINE_AND_MARKERS).name(s.name()).build();
        }
        return new Figure(Layouts.titled(title, xTitle, yTitle).build(), traces);
    }
}
