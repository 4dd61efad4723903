package io.kys.notebook;

import io.kys.report.TableHtml;
import java.util.LinkedHashMap;
import java.util.Map;
import tech.tablesaw.api.Table;

/**
 * A Tablesaw table as a cell output: the shared HTML rendering ({@link TableHtml}) with a text
 * fallback. Long tables show their first rows and a note with the full size, so a million-row
 * table does not flood the notebook.
 */
final class TableDisplay {
    /** How many rows a displayed table shows. */
    static final int MAX_ROWS = 50;

    private TableDisplay() { }

    /** The HTML and text forms of {@code table}. */
    static DisplayContent content(Table table) {
        Map<String, String> bundle = new LinkedHashMap<>();
        bundle.put(DisplayContent.HTML, TableHtml.of(table, TableHtml.DEFAULT_DECIMALS, MAX_ROWS));
        bundle.put(DisplayContent.TEXT, table.print(MAX_ROWS));
        return new DisplayContent(bundle);
    }
}
