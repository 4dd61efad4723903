package io.kys.notebook;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.kys.report.LineChart;
import io.kys.report.PlotlyEmbed;
import io.kys.report.Series;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import tech.tablesaw.plotly.components.Figure;

class FigureDisplayTest {
    private static final Pattern DIV = Pattern.compile("<div id=\"(kys_fig_[0-9a-f]{32})\"");
    @RegisterExtension
    final RecordingSink sink = new RecordingSink();

    static Figure lossFigure(double... values) {
        return LineChart.figure("training loss", "epoch", "loss", List.of(Series.overEpochs("cross-entropy", values)));
    }

    private static String divId(RecordingSink.Event event) {
        Matcher m = DIV.matcher(event.content().get(DisplayContent.HTML).orElseThrow());
        assertTrue(m.find(), "no figure div in " + event);
        return m.group(1);
    }

    @Test
    void libraryIsShownOnceBeforeTheFirstFigureAndEveryFigureGetsItsOwnDiv() {
        Display.show(lossFigure(2, 1));
        Display.show(lossFigure(3, 2, 1));
        assertEquals(3, sink.events.size(), "library, figure, figure");
        String library = sink.events.get(0).content().get(DisplayContent.HTML).orElseThrow();
        assertTrue(library.contains("plotly.js " + PlotlyEmbed.PLOTLY_VERSION), "first output is the library");
        for (int i = 1; i < 3; i++) {
            String html = sink.events.get(i).content().get(DisplayContent.HTML).orElseThrow();
            assertFalse(html.contains("wrapped so that an AMD loader"), "a figure must not carry the library");
            assertTrue(html.contains("Plotly.newPlot"), html);
        }
        assertNotEquals(divId(sink.events.get(1)), divId(sink.events.get(2)));
    }

    @Test
    void aNewSessionShowsTheLibraryAgain() {
        Display.show(lossFigure(1, 0.5));
        RecordingSink next = new RecordingSink();
        Display.attach(next);
        Display.show(lossFigure(1, 0.5));
        assertEquals(2, next.events.size());
        assertTrue(next.events.get(0).content().get(DisplayContent.HTML).orElseThrow().contains("plotly.js"));
    }

    @Test
    void textFormNamesTitleAndTraces() {
        assertEquals("[figure \"training loss\": cross-entropy]",
                Display.render(lossFigure(1, 2)).orElseThrow().plainText().orElseThrow());
    }

    @Test
    void outsideANotebookAFigurePrintsItsTextAndNoLibrary() {
        Display.detach();
        PrintStream saved = System.out;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
        try {
            Display.show(lossFigure(1, 2));
        } finally {
            System.setOut(saved);
        }
        assertEquals("[figure \"training loss\": cross-entropy]\n", out.toString(StandardCharsets.UTF_8));
    }

    @Test
    void livePlotReplacesItsOwnOutput() {
        LivePlot plot = LivePlot.start(lossFigure(2));
        plot.redraw(lossFigure(2, 1));
        plot.redraw(lossFigure(2, 1, 0.5));
        List<RecordingSink.Event> figures = sink.events.subList(1, sink.events.size());
        assertEquals(3, figures.size());
        assertFalse(figures.get(0).update());
        assertEquals(plot.displayId(), figures.get(0).displayId());
        for (RecordingSink.Event e : figures.subList(1, 3)) {
            assertTrue(e.update());
            assertEquals(plot.displayId(), e.displayId());
        }
        assertTrue(figures.get(2).content().get(DisplayContent.HTML).orElseThrow().contains("0.5"));
    }
}
