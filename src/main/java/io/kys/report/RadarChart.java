package io.kys.report;

import com.google.gson.JsonArray;
import com.google.gson.JsonNull;
import com.google.gson.JsonObject;
import java.util.List;
import tech.tablesaw.plotly.components.Figure;
import tech.tablesaw.plotly.components.Layout;
import tech.tablesaw.plotly.traces.Trace;

/** A radar chart: one closed, filled polygon per protocol over shared axes, as the paper shows its results. */
public final class RadarChart {
    /** The paper's three axes, in its order. */
    public static final List<String> PAPER_AXES = List.of("balanced accuracy", "modality-shift AUROC", "novel-class AUROC");

    private RadarChart() { }

    /**
     * The radar chart; the radial axis starts at zero and fits the largest value.
     *
     * @param title chart title
     * @param axes axis names, at least three
     * @param protocols one entry per protocol, its values in the order of {@code axes}; a NaN (an axis
     *     without a value, e.g. novel-class AUROC of a binary dataset) leaves that vertex out
     */
    public static Figure figure(String title, List<String> axes, List<NamedValues> protocols) {
        if (axes.size() < 3) {
            throw new IllegalArgumentException("a radar chart needs at least 3 axes, got " + axes.size());
        }
        Trace[] traces = new Trace[protocols.size()];
        for (int i = 0; i < traces.length; i++) {
            NamedValues protocol = protocols.get(i);
            MetricBars.requireLength(protocol, axes.size());
            JsonArray r = new JsonArray();
            JsonArray theta = new JsonArray();
            // The first vertex again at the end closes the polygon.
            for (int a = 0; a <= axes.size(); a++) {
                double v = protocol.values()[a % axes.size()];
                // JSON has no NaN; null is plotly's missing value, drawn as a gap in the polygon.
                if (Double.isFinite(v)) {
                    r.add(v);
                } else {
                    r.add(JsonNull.INSTANCE);
                }
                theta.add(axes.get(a % axes.size()));
            }
            JsonObject trace = new JsonObject();
            trace.addProperty("type", "scatterpolar");
            trace.addProperty("name", protocol.name());
            trace.add("r", r);
            trace.add("theta", theta);
            trace.addProperty("fill", "toself");
            trace.addProperty("opacity", 0.6);
            traces[i] = new JsonTrace(trace);
        }
        Layout layout = Layout.builder().title(title).autosize(true).build();
        return new Figure(layout, traces);
    }
}
