package io.kys.report;

import java.util.List;
import tech.tablesaw.plotly.components.Figure;
import tech.tablesaw.plotly.components.Marker;
import tech.tablesaw.plotly.traces.ScatterTrace;
import tech.tablesaw.plotly.traces.Trace;

/**
 * Points in two dimensions, one colour per group: e.g. 2-D projections of latent features of
 * each class next to the low-density latent inliers sampled from them.
 */
public final class ScatterChart {
    private ScatterChart() { }

    /**
     * The scatter plot, one marker colour and legend entry per group.
     *
     * @param title chart title
     * @param xTitle x-axis title
     * @param yTitle y-axis title
     * @param groups the point groups, drawn in this order (later groups on top)
     */
    public static Figure figure(String title, String xTitle, String yTitle, List<Series> groups) {
        Trace[] traces = new Trace[groups.size()];
        for (int i = 0; i < traces.length; i++) {
            Series g = groups.get(i);
            traces[i] = ScatterTrace.builder(g.x(), g.y())
                    .mode(ScatterTrace.Mode.MARKERS)
                    .marker(Marker.builder().size(5).opacity(0.7).build())
                    .name(g.name())
                    .build();
        }
        return new Figure(Layouts.titled(title, xTitle, yTitle).build(), traces);
    }
}
