package io.kys.notebook;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

class TableHtmlTest {
    @Test
    void longTablesShowTheirFirstRowsAndTheTotal() {
        Table table = Table.create("big", IntColumn.create("i", IntStream.range(0, 60).toArray()));
        String html = TableHtml.html(table, 50);
        assertEquals(50 + 1, html.split("</tr>", -1).length - 1, "header row + 50 rows");
        assertTrue(html.contains(">49</td>") && !html.contains(">50</td>"), html);
        assertTrue(html.contains("50 of 60 rows shown"), html);
    }

    @Test
    void cellTextIsEscaped() {
        Table table = Table.create("t<1>", StringColumn.create("a&b", "<script>alert(1)</script>"));
        String html = TableHtml.html(table, 10);
        assertFalse(html.contains("<script>"), html);
        assertTrue(html.contains("&lt;script&gt;") && html.contains("a&amp;b") && html.contains("t&lt;1&gt;"), html);
    }
}
