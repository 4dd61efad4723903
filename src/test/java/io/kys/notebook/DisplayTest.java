package io.kys.notebook;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.Table;

class DisplayTest {
    @RegisterExtension
    final RecordingSink sink = new RecordingSink();

    /** Types only these tests register, so they do not change how other types render. */
    record Marker(String name) { }

    record Broken(int unused) { }

    @Test
    void htmlMarkdownAndTextCarryTheirMimeTypes() {
        Display.html("<b>x</b>");
        Display.markdown("# Title");
        Display.text("plain");
        assertEquals("<b>x</b>", sink.events.get(0).content().get(DisplayContent.HTML).orElseThrow());
        assertFalse(sink.events.get(0).content().plainText().isPresent(), "HTML has no text form");
        assertEquals("# Title", sink.events.get(1).content().get(DisplayContent.MARKDOWN).orElseThrow());
        assertEquals("# Title", sink.events.get(1).content().plainText().orElseThrow());
        assertEquals("plain", sink.events.get(2).content().plainText().orElseThrow());
    }

    @Test
    void imageIsSentAsBase64PngThatDecodesToTheSamePixels() throws Exception {
        BufferedImage image = new BufferedImage(3, 2, BufferedImage.TYPE_INT_RGB);
        image.setRGB(2, 1, 0x00ff8800);
        Display.image(image);
        DisplayContent content = sink.single().content();
        byte[] png = Base64.getDecoder().decode(content.get(DisplayContent.PNG).orElseThrow());
        BufferedImage decoded = ImageIO.read(new ByteArrayInputStream(png));
        assertEquals(0x00ff8800, decoded.getRGB(2, 1) & 0xffffff);
        assertEquals("[image 3x2]", content.plainText().orElseThrow());
    }

    @Test
    void pngBytesArePassedThroughUnchanged() {
        byte[] bytes = {1, 2, 3};
        Display.png(bytes);
        DisplayContent content = sink.single().content();
        assertArrayEquals(bytes, Base64.getDecoder().decode(content.get(DisplayContent.PNG).orElseThrow()));
        assertEquals("[image]", content.plainText().orElseThrow());
    }

    @Test
    void tableIsShownAsHtmlWithATextFallback() {
        Table table = Table.create("scores", IntColumn.create("k", 7, 8));
        Display.table(table);
        DisplayContent content = sink.single().content();
        String html = content.get(DisplayContent.HTML).orElseThrow();
        assertTrue(html.contains(">k</th>") && html.contains(">8</td>"), html);
        assertTrue(content.plainText().orElseThrow().contains("scores"));
    }

    @Test
    void registeredRendererIsUsedAndTheNewestRegistrationWins() {
        Display.register(Marker.class, m -> DisplayContent.html("<i>" + m.name() + "</i>"));
        Display.show(new Marker("a"));
        Display.register(Marker.class, m -> DisplayContent.html("<u>" + m.name() + "</u>"));
        Display.show(new Marker("b"));
        assertEquals("<i>a</i>", sink.events.get(0).content().get(DisplayContent.HTML).orElseThrow());
        assertEquals("<u>b</u>", sink.events.get(1).content().get(DisplayContent.HTML).orElseThrow());
    }

    @Test
    void unregisteredValuesShowTheirTextAndNullShowsNothing() {
        Display.show(new StringBuilder("sb"));
        Display.show(null);
        assertEquals("sb", sink.single().content().plainText().orElseThrow());
        assertTrue(Display.render(new StringBuilder("x")).isEmpty());
    }

    @Test
    void failingRendererFallsBackToTextInsteadOfThrowing() {
        Display.register(Broken.class, b -> {
            throw new IllegalStateException("renderer bug");
        });
        assertTrue(Display.render(new Broken(1)).isEmpty());
        Display.show(new Broken(2));
        assertEquals("Broken[unused=2]", sink.single().content().plainText().orElseThrow());
    }

    @Test
    void htmlOnceShowsOncePerSession() {
        assertTrue(Display.htmlOnce("lib", "<script>1</script>"));
        assertFalse(Display.htmlOnce("lib", "<script>1</script>"));
        assertTrue(Display.htmlOnce("other", "<style></style>"));
        Display.attach(sink); // a new kernel session starts with an empty page
        assertTrue(Display.htmlOnce("lib", "<script>1</script>"));
        assertEquals(3, sink.events.size());
    }

    @Test
    void outsideANotebookTextIsPrintedAndRichContentSkipped() {
        Display.detach();
        PrintStream original = System.out;
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        System.setOut(new PrintStream(captured, true, StandardCharsets.UTF_8));
        try {
            Display.text("hello console");
            Display.html("<b>hidden</b>");
            Display.html(null);
            Display.markdown("*md*");
            assertFalse(Display.htmlOnce("lib", "<script></script>"));
            try (ProgressLine line = Display.progress("task")) {
                line.update("half");
            }
        } finally {
            System.setOut(original);
        }
        String out = captured.toString(StandardCharsets.UTF_8);
        assertTrue(out.contains("hello console") && out.contains("*md*") && out.contains("task"), out);
        assertFalse(out.contains("hidden"), out);
        assertFalse(Display.isRich());
    }

    @Test
    void aFailingSinkDoesNotBreakTheCaller() {
        Display.attach(new DisplaySink() {
            @Override
            public void show(DisplayContent content, String displayId) {
                throw new IllegalStateException("socket closed");
            }

            @Override
            public void update(String displayId, DisplayContent content) {
                throw new IllegalStateException("socket closed");
            }

            @Override
            public boolean rich() {
                return true;
            }
        });
        Display.text("still fine");
        try (ProgressLine line = Display.progress("task")) {
            line.update("x");
        }
    }
}
