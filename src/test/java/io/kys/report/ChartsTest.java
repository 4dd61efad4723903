package io.kys.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import io.kys.ood.OodMetrics;
import io.kys.ood.ScorePair;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import tech.tablesaw.plotly.components.Figure;

/** What each chart kind puts into its Plotly description. */
class ChartsTest {
    private static String js(Figure figure) {
        return figure.asJavascript("f");
    }

    /** The JSON objects that {@link JsonTrace} wrote, in order. */
    private static List<JsonObject> jsonTraces(String js) {
        List<JsonObject> traces = new ArrayList<>();
        Matcher m = Pattern.compile("var trace\\d+ = (\\{.*?\\});\\R").matcher(js);
        while (m.find()) {
            traces.add(JsonParser.parseString(m.group(1)).getAsJsonObject());
        }
        return traces;
    }

    @Test
    void rocLegendCarriesEachAuroc() {
        Random random = new Random(8);
        double[] id = SampleReports.gaussian(random, 200, 1, 1);
        double[] ood = SampleReports.gaussian(random, 150, 0, 1);
        String js = js(RocChart.figure("ROC", List.of(new ScorePair("pair A", id, ood))));
        String auroc = String.format(Locale.ROOT, "%.3f", OodMetrics.of(id, ood).auroc());
        assertTrue(js.contains("name: 'pair A (AUROC " + auroc + ")'"), js);
        assertTrue(js.contains("dash"), "chance diagonal is dashed");
        assertEquals(2, PlotlyEmbedTest.count(js, "type: 'scatter'"));
    }

    @Test
    void histogramsShareBinsAndOverlay() {
        Random random = new Random(9);
        List<NamedValues> sets = List.of(new NamedValues("ID", SampleReports.gaussian(random, 100, 10, 2)),
                new NamedValues("OOD", SampleReports.gaussian(random, 50, 4, 2)));
        String js = js(ScoreHistogram.figure("energy", "negative energy", sets, 20));
        List<JsonObject> traces = jsonTraces(js);
        assertEquals(2, traces.size());
        assertEquals(traces.get(0).get("xbins"), traces.get(1).get("xbins"));
        JsonObject bins = traces.get(0).getAsJsonObject("xbins");
        double min = Math.min(java.util.Arrays.stream(sets.get(0).values()).min().orElseThrow(),
                java.util.Arrays.stream(sets.get(1).values()).min().orElseThrow());
        assertEquals(min, bins.get("start").getAsDouble());
        assertEquals(100, traces.get(0).getAsJsonArray("x").size());
        assertEquals("probability density", traces.get(1).get("histnorm").getAsString());
        assertTrue(js.contains("barmode: 'overlay'"), js);
    }

    @Test
    void barsGroupProtocolsOverMetrics() {
        String js = js(MetricBars.figure("bars", List.of("AUROC", "AUPR-In"),
                List.of(new NamedValues("p1", new double[] {0.9, 0.8}), new NamedValues("p2", new double[] {0.7, 0.6}))));
        assertEquals(2, PlotlyEmbedTest.count(js, "type: 'bar'"));
        // Tablesaw leaves out barmode when it is plotly's default, 'group'.
        assertTrue(js.contains("barmode: 'group'") || !js.contains("barmode"), js);
        assertTrue(js.contains("y: [0.9, 0.8]") && js.contains("y: [0.7, 0.6]"), js);
        assertThrows(IllegalArgumentException.class, () -> MetricBars.figure("bars", List.of("AUROC"),
                List.of(new NamedValues("p1", new double[] {0.9, 0.8}))));
    }

    @Test
    void radarPolygonsAreClosed() {
        String js = js(RadarChart.figure("radar", RadarChart.PAPER_AXES,
                List.of(new NamedValues("ours", new double[] {97.4, 99.7, 89.2}))));
        JsonObject trace = jsonTraces(js).get(0);
        assertEquals("scatterpolar", trace.get("type").getAsString());
        assertEquals("[97.4,99.7,89.2,97.4]", trace.get("r").toString());
        assertEquals("balanced accuracy", trace.getAsJsonArray("theta").get(3).getAsString());
        assertEquals("toself", trace.get("fill").getAsString());
        assertThrows(IllegalArgumentException.class, () -> RadarChart.figure("radar", List.of("a", "b"), List.of()));
    }

    @Test
    void radarLeavesAMissingValueOutInsteadOfWritingInvalidJson() {
        String js = js(RadarChart.figure("radar", RadarChart.PAPER_AXES,
                List.of(new NamedValues("ours", new double[] {80.5, 91.0, Double.NaN}))));
        assertEquals("[80.5,91.0,null,80.5]", jsonTraces(js).get(0).get("r").toString());
    }

    @Test
    void lineAndScatterCarryTheirPoints() {
        String line = js(LineChart.figure("train", "epoch", "loss", List.of(Series.overEpochs("ce", new double[] {2, 1, 0.5}))));
        assertTrue(line.contains("x: [\"1.0\",\"2.0\",\"3.0\"]") && line.contains("mode: 'lines+markers'"), line);
        String scatter = js(ScatterChart.figure("latent", "c1", "c2",
                List.of(new Series("class 0", new double[] {1, 2}, new double[] {3, 4}))));
        assertTrue(scatter.contains("mode: 'markers'") && scatter.contains("name: 'class 0'"), scatter);
        assertThrows(IllegalArgumentException.class, () -> new Series("bad", new double[] {1}, new double[0]));
    }
}
