package io.kys.notebook;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.kys.data.UInt8Image;
import java.util.List;
import org.junit.jupiter.api.Test;

class ImageGalleryTest {
    private static UInt8Image gray(int value) {
        byte[] px = new byte[28 * 28];
        java.util.Arrays.fill(px, (byte) value);
        return new UInt8Image(28, 28, 1, px);
    }

    @Test
    void rowsBecomeLabelledGridsWithTheNoteAndATextSummary() {
        ImageGallery gallery = new ImageGallery("Samples <1>", List.of(
                new ImageGallery.Row("class a", List.of(gray(0), gray(50)), List.of()),
                new ImageGallery.Row("class b", List.of(gray(100)), List.of("x"))), "CC BY 4.0");
        DisplayContent content = gallery.toDisplay();
        String html = content.get(DisplayContent.HTML).orElseThrow();
        assertEquals(3, html.split("data:image/png;base64,", -1).length - 1);
        assertTrue(html.contains("Samples &lt;1&gt;"), "title escaped");
        assertTrue(html.contains("width=\"84\""), "28 px images are enlarged 3 times");
        assertTrue(html.contains("class b") && html.contains("CC BY 4.0"));
        assertEquals("[Samples <1>: 3 images in 2 rows (class a, class b)]", content.plainText().orElseThrow());
        assertEquals(3, gallery.images().size());
    }

    @Test
    void captionsMustMatchImages() {
        assertThrows(IllegalArgumentException.class,
                () -> new ImageGallery.Row("r", List.of(gray(0), gray(1)), List.of("only one")));
    }
}
