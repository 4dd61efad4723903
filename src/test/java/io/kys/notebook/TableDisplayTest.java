package io.kys.notebook;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

class TableDisplayTest {
    @Test
    void longTablesShowTheirFirstRowsAndTheTotal() {
        Table table = Table.create("big", IntColumn.create("i", IntStream.range(0, 60).toArray()));
        DisplayContent content = TableDisplay.content(table);
        String html = content.get(DisplayContent.HTML).orElseThrow();
        assertEquals(TableDisplay.MAX_ROWS + 1, html.split("</tr>", -1).length - 1, "header row + 50 rows");
        assertTrue(html.contains(">49</td>") && !html.contains(">50</td>"), html);
        assertTrue(html.contains("50 of 60 rows shown"), html);
        assertTrue(content.plainText().orElseThrow().contains("49"), "a text form for consoles");
    }

    @Test
    void cellTextIsEscaped() {
        Table table = Table.create("t<1>", StringColumn.create("a&b", "<script>alert(1)</script>"));
        String html = TableDisplay.content(table).get(DisplayContent.HTML).orElseThrow();
        assertFalse(html.contains("<script>"), html);
        assertTrue(html.contains("&lt;script&gt;") && html.contains("a&amp;b") && html.contains("t&lt;1&gt;"), html);
    }
}
