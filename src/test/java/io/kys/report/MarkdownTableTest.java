package io.kys.report;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

/** Markdown rendering of tables. */
class MarkdownTableTest {
    @Test
    void rendersHeaderAlignmentRoundedNumbersAndEscapedPipes() {
        Table t = Table.create("t",
                StringColumn.create("name", "a|b", "c"),
                DoubleColumn.create("value", 0.12345, Double.NaN));
        assertEquals("| name | value |\n|---|---:|\n| a\\|b | 0.12 |\n| c |  |\n", MarkdownTable.of(t, 2));
    }
}
