package io.kys.notebook;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import tech.tablesaw.api.ColumnType;
import tech.tablesaw.api.NumberColumn;
import tech.tablesaw.api.Table;
import tech.tablesaw.columns.Column;

/**
 * Renders a Tablesaw table as an HTML table with a text fallback. Long tables show their first
 * rows and a note with the full size, so a million-row table does not flood the notebook.
 */
final class TableHtml {
    /** How many rows a displayed table shows. */
    static final int MAX_ROWS = 50;
    /** Decimals of floating-point cells. */
    static final int DECIMALS = 4;

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
        StringBuilder html = new StringBuilder("<table class=\"kys-table\">\n");
        if (table.name() != null && !table.name().isBlank()) {
            html.append("<caption>").append(escape(table.name())).append("</caption>\n");
        }
        html.append("<thead><tr>");
        for (String name : table.columnNames()) {
            html.append("<th>").append(escape(name)).append("</th>");
        }
        html.append("</tr></thead>\n<tbody>\n");
        int shown = Math.min(maxRows, table.rowCount());
        for (int row = 0; row < shown; row++) {
            html.append("<tr>");
            for (int col = 0; col < table.columnCount(); col++) {
                html.append("<td>").append(escape(cell(table.column(col), row))).append("</td>");
            }
            html.append("</tr>\n");
        }
        html.append("</tbody>\n</table>\n");
        if (shown < table.rowCount()) {
            html.append("<p><em>").append(shown).append(" of ").append(table.rowCount())
                    .append(" rows shown</em></p>\n");
        }
        return html.toString();
    }

    /**
     * A cell as text; floating-point values rounded to {@value #DECIMALS} decimals, since sixteen
     * digits of an AUROC only make a table too wide to read. Missing values are blank.
     */
    static String cell(Column<?> column, int row) {
        if (column.isMissing(row)) {
            return "";
        }
        if (column instanceof NumberColumn<?, ?> number && (column.type() == ColumnType.DOUBLE || column.type() == ColumnType.FLOAT)) {
            double value = number.getDouble(row);
            return Double.isFinite(value) ? String.format(Locale.ROOT, "%." + DECIMALS + "f", value) : Double.toString(value);
        }
        return column.getString(row);
    }

    /** Escapes the characters that would otherwise be read as markup. */
    static String escape(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                case '"' -> out.append("&quot;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }
}
