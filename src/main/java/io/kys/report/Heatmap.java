package io.kys.report;

import com.google.gson.JsonArray;
import com.google.gson.JsonNull;
import com.google.gson.JsonObject;
import java.util.List;
import java.util.Locale;
import tech.tablesaw.plotly.components.Axis;
import tech.tablesaw.plotly.components.Figure;
import tech.tablesaw.plotly.components.Layout;

/**
 * A table of numbers as coloured cells with the value written in each, e.g. mean AUROC by protocol
 * (rows) and detector (columns). A missing value (NaN) stays blank and reads "–".
 */
public final class Heatmap {
    private Heatmap() { }

    /**
     * The heatmap, the first row at the top.
     *
     * @param title chart title
     * @param rows row labels, top to bottom
     * @param columns column labels, left to right
     * @param values {@code values[r][c]}, NaN where there is none
     * @param decimals decimals of the written values
     */
    public static Figure figure(String title, List<String> rows, List<String> columns, double[][] values, int decimals) {
        if (values.length != rows.size()) {
            throw new IllegalArgumentException(values.length + " rows of values for " + rows.size() + " row labels");
        }
        JsonArray z = new JsonArray();
        JsonArray text = new JsonArray();
        for (double[] row : values) {
            if (row.length != columns.size()) {
                throw new IllegalArgumentException(row.length + " values in a row for " + columns.size() + " columns");
            }
            JsonArray zr = new JsonArray();
            JsonArray tr = new JsonArray();
            for (double v : row) {
                // JSON has no NaN; null is plotly's missing value, left blank.
                if (Double.isFinite(v)) {
                    zr.add(v);
                    tr.add(String.format(Locale.ROOT, "%." + decimals + "f", v));
                } else {
                    zr.add(JsonNull.INSTANCE);
                    tr.add("–");
                }
            }
            z.add(zr);
            text.add(tr);
        }
        JsonObject trace = new JsonObject();
        trace.addProperty("type", "heatmap");
        trace.add("x", labels(columns));
        trace.add("y", labels(rows));
        trace.add("z", z);
        trace.add("text", text);
        trace.addProperty("texttemplate", "%{text}");
        trace.addProperty("colorscale", "Viridis");
        trace.addProperty("hoverongaps", false);
        trace.addProperty("showlegend", false);
        // Plotly draws the first row at the bottom; a reversed axis puts it on top, as in a table.
        Layout layout = Layouts.titled(title, "", "").yAxis(Axis.builder().autoRange(Axis.AutoRange.REVERSED).build())
                .build();
        return new Figure(layout, new JsonTrace(trace));
    }

    private static JsonArray labels(List<String> names) {
        JsonArray a = new JsonArray();
        names.forEach(a::add);
        return a;
    }
}
