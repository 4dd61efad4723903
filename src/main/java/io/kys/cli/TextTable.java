package io.kys.cli;

import java.util.ArrayList;
import java.util.List;
import tech.tablesaw.api.Table;

/** A plain-text table with left-aligned, space-padded columns, for terminal output. */
public final class TextTable {
    private final List<String[]> rows = new ArrayList<>();
    private final boolean[] rightAligned;

    /** A table with these column headers; columns listed in {@code rightAligned} (indices) align right. */
    public TextTable(List<String> headers, int... rightAligned) {
        this.rightAligned = new boolean[headers.size()];
        for (int c : rightAligned) {
            this.rightAligned[c] = true;
        }
        rows.add(headers.toArray(String[]::new));
    }

    /** The cells of a Tablesaw table as text, its column names as the headers. */
    public static TextTable of(Table table) {
        TextTable t = new TextTable(table.columnNames());
        for (int r = 0; r < table.rowCount(); r++) {
            Object[] cells = new Object[table.columnCount()];
            for (int c = 0; c < cells.length; c++) {
                cells[c] = table.column(c).getString(r);
            }
            t.row(cells);
        }
        return t;
    }

    /** Adds a row; values are shown with {@code String.valueOf}. */
    public TextTable row(Object... cells) {
        if (cells.length != rightAligned.length) {
            throw new IllegalArgumentException("row has " + cells.length + " cells, table has " + rightAligned.length);
        }
        String[] r = new String[cells.length];
        for (int i = 0; i < cells.length; i++) {
            r[i] = String.valueOf(cells[i]);
        }
        rows.add(r);
        return this;
    }

    /** The table as lines joined by newlines (no trailing newline). */
    public String render() {
        int[] width = new int[rightAligned.length];
        for (String[] r : rows) {
            for (int c = 0; c < r.length; c++) {
                width[c] = Math.max(width[c], r[c].length());
            }
        }
        StringBuilder b = new StringBuilder();
        for (String[] r : rows) {
            StringBuilder line = new StringBuilder();
            for (int c = 0; c < r.length; c++) {
                String pad = " ".repeat(width[c] - r[c].length());
                line.append(c == 0 ? "" : "  ").append(rightAligned[c] ? pad + r[c] : r[c] + pad);
            }
            b.append(line.toString().stripTrailing()).append('\n');
        }
        return b.toString().stripTrailing();
    }
}
