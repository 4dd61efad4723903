package io.kys.report;

import com.google.gson.Gson;
import com.google.gson.JsonObject;
import tech.tablesaw.plotly.components.HoverLabel;
import tech.tablesaw.plotly.traces.Trace;

/**
 * A Plotly trace given as its JSON attributes, for what Tablesaw's trace builders cannot say:
 * shared histogram bins ({@code xbins}) and polar traces ({@code scatterpolar}). Gson escapes
 * {@code <}, {@code >} and {@code &}, so any text is safe inside a {@code <script>}.
 */
final class JsonTrace implements Trace {
    private static final Gson GSON = new Gson();
    private final JsonObject attributes;

    /** A trace with these attributes; {@code type} and {@code name} should be among them. */
    JsonTrace(JsonObject attributes) {
        this.attributes = attributes.deepCopy();
    }

    @Override
    public String asJavascript(int i) {
        // Tablesaw's Figure refers to its traces as trace0, trace1, ...
        return "var trace" + i + " = " + GSON.toJson(attributes) + ";";
    }

    @Override
    public String name() {
        return attributes.has("name") ? attributes.get("name").getAsString() : "";
    }

    @Override
    public HoverLabel hoverLabel() {
        return null;
    }

    @Override
    public boolean showLegend() {
        return !attributes.has("showlegend") || attributes.get("showlegend").getAsBoolean();
    }
}
