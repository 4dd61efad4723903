package io.kys.report;

import java.util.List;
import tech.tablesaw.plotly.components.Figure;
import tech.tablesaw.plotly.components.Layout;
import tech.tablesaw.plotly.traces.BarTrace;
import tech.tablesaw.plotly.traces.Trace;

/** Grouped bars: one group per metric, one bar (and legend entry) per protocol. */
public final class MetricBars {
    private MetricBars() { }

    /**
     * The grouped bar chart, values on the y axis as given (fractions or percent).
     *
     * @param title chart title
     * @param metrics the metric names, one group each, e.g. "AUROC", "AUPR-In"
     * @param protocols one entry per protocol, its values in the order of {@code metrics}
     */
    public static Figure figure(String title, List<String> metrics, List<NamedValues> protocols) {
        Object[] groups = metrics.toArray();
        Trace[] traces = new Trace[protocols.size()];
        for (int i = 0; i < traces.length; i++) {
            NamedValues protocol = protocols.get(i);
            requireLength(protocol, metrics.size());
            traces[i] = BarTrace.builder(groups, protocol.values()).name(protocol.name()).build();
        }
        Layout layout = Layouts.titled(title, "", "value").barMode(Layout.BarMode.GROUP).build();
        return new Figure(layout, traces);
    }

    static void requireLength(NamedValues values, int expected) {
        if (values.values().length != expected) {
            throw new IllegalArgumentException(values.name() + " has " + values.values().length
                    + " values for " + expected + " categories");
        }
    }
}
