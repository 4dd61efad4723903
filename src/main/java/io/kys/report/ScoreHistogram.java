package io.kys.report;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import java.util.List;
import tech.tablesaw.plotly.components.Figure;
import tech.tablesaw.plotly.components.Layout;
import tech.tablesaw.plotly.traces.Trace;

/**
 * Overlaid histograms of score sets (an ID set and one or more OOD sets), each normalized to a
 * density so sets of different sizes compare, all on the same bins.
 */
public final class ScoreHistogram {
    /** Bins used when none are given. */
    public static final int DEFAULT_BINS = 60;

    private ScoreHistogram() { }

    /**
     * Overlaid density histograms on {@code bins} equal bins spanning all sets.
     *
     * @param title chart title
     * @param scoreName x-axis title, e.g. "negative energy (higher = more ID)"
     * @param sets the score sets, drawn in this order (put the ID set first)
     * @param bins number of bins, at least 1
     */
    public static Figure figure(String title, String scoreName, List<NamedValues> sets, int bins) {
        if (bins < 1 || sets.isEmpty()) {
            throw new IllegalArgumentException("need at least one set and one bin, got " + sets.size() + " sets, " + bins + " bins");
        }
        double low = Double.POSITIVE_INFINITY;
        double high = Double.NEGATIVE_INFINITY;
        for (NamedValues set : sets) {
            for (double v : set.values()) {
                if (Double.isFinite(v)) {
                    low = Math.min(low, v);
                    high = Math.max(high, v);
                }
            }
        }
        if (low > high) {
            low = 0;
            high = 1;
        }
        double size = high > low ? (high - low) / bins : Math.max(Math.abs(low), 1) / bins;
        Trace[] traces = new Trace[sets.size()];
        for (int i = 0; i < traces.length; i++) {
            traces[i] = new JsonTrace(trace(sets.get(i), low, high, size));
        }
        Layout layout = Layouts.titled(title, scoreName, "density").barMode(Layout.BarMode.OVERLAY).build();
        return new Figure(layout, traces);
    }

    /** {@link #figure(String, String, List, int)} with {@link #DEFAULT_BINS} bins. */
    public static Figure figure(String title, String scoreName, List<NamedValues> sets) {
        return figure(title, scoreName, sets, DEFAULT_BINS);
    }

    private static JsonObject trace(NamedValues set, double low, double high, double size) {
        JsonArray x = new JsonArray();
        for (double v : set.values()) {
            if (Double.isFinite(v)) {
                x.add(v);
            }
        }
        JsonObject bins = new JsonObject();
        bins.addProperty("start", low);
        // Plotly adds bins of this size from start until it passes end; half a bin past the
        // largest value makes sure that value gets a bin.
        bins.addProperty("end", high + size / 2);
        bins.addProperty("size", size);
        JsonObject trace = new JsonObject();
        trace.addProperty("type", "histogram");
        trace.addProperty("name", set.name());
        trace.add("x", x);
        trace.add("xbins", bins);
        trace.addProperty("histnorm", "probability density");
        trace.addProperty("opacity", 0.55);
        return trace;
    }
}
