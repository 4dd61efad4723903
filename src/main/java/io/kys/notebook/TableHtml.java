package io.kys.notebook;

import java.util.LinkedHashMap;
import java.util.Map;
import tech.tablesaw.api.Table;

/**
 * Renders a Tablesaw table as an HTML table with a text fallback. Long tables show their first
 * rows and a note with the full size, so a million-row table does not flood the notebook.
 */
final class TableHtml {
    /** How many rows a displayed table shows. */
    static final int MAX_ROWS = 50;

    private TableHtml() { }

    /** The HTML and text forms of {@code table}. */
    static DisplayContent content(Table table) {
        Map<String, String> bundle = new LinkedHashMap<>();
        bundle.put(DisplayContent.HTML, html(table, MAX_ROWS));
        bundle.put(DisplayContent.TEXT, table.print(MAX_ROWS));
        return new DisplayContent(bundle);
    }

    /** An HTML table of at most {@code maxRows} rows of {@code table}. */
    static String html(Table table, int maxRows) {
        return io.kys.report.TableHtml.of(table, io.kys.report.TableHtml.DEFAULT_DECIMALS, maxRows);
    }
}
