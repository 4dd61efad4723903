package io.kys.report;

import tech.tablesaw.api.Table;
import tech.tablesaw.columns.Column;

/**
 * A Tablesaw table as a GitHub-flavoured Markdown table, so a result printed in a README and the
 * same result in an HTML report ({@link TableHtml}) come from one table. Numeric columns are
 * right-aligned; floating-point cells are rounded; missing cells are empty.
 */
public final class MarkdownTable {
    private MarkdownTable() { }

    /** The table (without its name) with floating-point cells to {@code decimals} decimals. */
    public static String of(Table table, int decimals) {
        StringBuilder md = new StringBuilder("|");
        for (Column<?> column : table.columns()) {
            md.append(' ').append(escape(column.name())).append(" |");
        }
        md.append("\n|");
        for (Column<?> column : table.columns()) {
            md.append(column instanceof tech.tablesaw.api.NumericColumn ? "---:|" : "---|");
        }
        md.append('\n');
        for (int row = 0; row < table.rowCount(); row++) {
            md.append('|');
            for (Column<?> column : table.columns()) {
                md.append(' ').append(escape(TableHtml.cell(column, row, decimals))).append(" |");
            }
            md.append('\n');
        }
        return md.toString();
    }

    // A pipe would end the cell and a line break the row.
    private static String escape(String text) {
        return text.replace("|", "\\|").replace("\n", " ");
    }
}
