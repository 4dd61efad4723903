package io.kys.report;

import java.util.Locale;
import tech.tablesaw.api.ColumnType;
import tech.tablesaw.api.Table;
import tech.tablesaw.columns.Column;

/**
 * A Tablesaw table as an HTML {@code <table>} with inline styles, so it looks the same in a report
 * and in a notebook output. Floating-point cells are rounded for reading; other cells print as
 * Tablesaw prints them.
 */
public final class TableHtml {
    /** Decimals of floating-point cells when none are given. */
    public static final int DEFAULT_DECIMALS = 4;

    private static final String CELL = "padding:3px 10px;border-bottom:1px solid #ddd;";

    private TableHtml() { }

    /** The table with {@link #DEFAULT_DECIMALS} decimals; its name, if any, is the caption. */
    public static String of(Table table) {
        return of(table, DEFAULT_DECIMALS);
    }

    /** The table with floating-point cells rounded to {@code decimals}; its name, if any, is the caption. */
    public static String of(Table table, int decimals) {
        return of(table, decimals, Integer.MAX_VALUE);
    }

    /**
     * The first {@code maxRows} rows of the table, with a note giving the full size when rows were
     * left out, so a million-row table does not flood a page or a notebook.
     */
    public static String of(Table table, int decimals, int maxRows) {
        StringBuilder html = new StringBuilder();
        html.append("<table class=\"kys-table\" style=\"border-collapse:collapse;margin:8px 0;font-size:14px;\">\n");
        if (table.name() != null && !table.name().isBlank()) {
            html.append("<caption style=\"text-align:left;font-weight:bold;padding:4px 0;\">")
                    .append(Html.escape(table.name())).append("</caption>\n");
        }
        html.append("<thead><tr>");
        for (Column<?> column : table.columns()) {
            html.append("<th style=\"").append(CELL).append("text-align:").append(align(column))
                    .append(";border-bottom:2px solid #888;\">").append(Html.escape(column.name())).append("</th>");
        }
        html.append("</tr></thead>\n<tbody>\n");
        int shown = Math.min(maxRows, table.rowCount());
        for (int row = 0; row < shown; row++) {
            html.append("<tr>");
            for (Column<?> column : table.columns()) {
                html.append("<td style=\"").append(CELL).append("text-align:").append(align(column)).append(";\">")
                        .append(Html.escape(cell(column, row, decimals))).append("</td>");
            }
            html.append("</tr>\n");
        }
        html.append("</tbody>\n</table>");
        if (shown < table.rowCount()) {
            html.append("\n<p><em>").append(shown).append(" of ").append(table.rowCount()).append(" rows shown</em></p>");
        }
        return html.toString();
    }

    private static boolean floating(Column<?> column) {
        return column.type() == ColumnType.DOUBLE || column.type() == ColumnType.FLOAT;
    }

    private static String align(Column<?> column) {
        return column instanceof tech.tablesaw.api.NumericColumn ? "right" : "left";
    }

    /** A cell as shown: empty when missing, floating-point values rounded to {@code decimals}. */
    static String cell(Column<?> column, int row, int decimals) {
        if (column.isMissing(row)) {
            return "";
        }
        if (floating(column)) {
            return String.format(Locale.ROOT, "%." + decimals + "f", ((Number) column.get(row)).doubleValue());
        }
        return column.getString(row);
    }
}
