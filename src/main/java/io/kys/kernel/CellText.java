package io.kys.kernel;

import java.util.ArrayList;
import java.util.List;

/** The text of one cell with its line structure, to turn character offsets into lines and columns. */
final class CellText {
    private final String text;
    private final int[] lineStarts;

    CellText(String text) {
        this.text = text;
        List<Integer> starts = new ArrayList<>();
        starts.add(0);
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) == '\n') {
                starts.add(i + 1);
            }
        }
        this.lineStarts = starts.stream().mapToInt(Integer::intValue).toArray();
    }

    /** The whole cell. */
    String text() {
        return text;
    }

    /** The line (from 1) holding {@code offset}; offsets past the end belong to the last line. */
    int line(int offset) {
        int index = java.util.Arrays.binarySearch(lineStarts, Math.max(0, offset));
        return index >= 0 ? index + 1 : -index - 1;
    }

    /** The column (from 1) of {@code offset} within its line. */
    int column(int offset) {
        return Math.max(0, offset) - lineStarts[line(offset) - 1] + 1;
    }

    /** The text of {@code line} (from 1) without its line break. */
    String lineText(int line) {
        int start = lineStarts[line - 1];
        int end = line < lineStarts.length ? lineStarts[line] - 1 : text.length();
        return text.substring(start, Math.max(start, end)).stripTrailing();
    }

    /** The offset of the first non-blank character at or after {@code from} (the end if none). */
    int skipBlank(int from) {
        int at = from;
        while (at < text.length() && Character.isWhitespace(text.charAt(at))) {
            at++;
        }
        return at;
    }
}
