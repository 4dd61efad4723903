package io.kys.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

/** Text and tables as HTML. */
class HtmlPartsTest {
    @Test
    void markdownSubsetAndEscaping() {
        String html = TextHtml.toHtml("# Title\n\nfirst line\nsame <b>paragraph</b>\n\n- **bold** item\n- `code & more`\n\n### Small");
        assertEquals("<h1>Title</h1>\n"
                + "<p>first line same &lt;b&gt;paragraph&lt;/b&gt;</p>\n"
                + "<ul>\n<li><strong>bold</strong> item</li>\n<li><code>code &amp; more</code></li>\n</ul>\n"
                + "<h3>Small</h3>\n", html);
    }

    @Test
    void tableRoundsFloatsAndEscapesText() {
        Table table = Table.create("AUROC <per> protocol",
                StringColumn.create("protocol", "a&b", "c"),
                DoubleColumn.create("auroc", 0.95476, Double.NaN),
                IntColumn.create("n", 3000, 12));
        String html = TableHtml.of(table, 3);
        assertTrue(html.contains("<caption") && html.contains("AUROC &lt;per&gt; protocol</caption>"), html);
        assertTrue(html.contains(">a&amp;b</td>"), html);
        assertTrue(html.contains(">0.955</td>"), html);
        assertTrue(html.contains(">3000</td>"), html);
        assertEquals(3, html.split("<th ", -1).length - 1);
        assertEquals(2, html.split("<tr>", -1).length - 2, "two body rows after the header row");
        assertTrue(html.contains("text-align:right;\">0.955"), "numbers right-aligned");
    }
}
