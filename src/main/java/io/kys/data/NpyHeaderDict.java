package io.kys.data;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Parses the Python dict literal of a {@code .npy} header, e.g.
 * {@code {'descr': '|u1', 'fortran_order': False, 'shape': (546, 28, 28), }}. Only the value kinds
 * numpy writes there are understood: quoted strings, {@code True}/{@code False} and tuples of
 * integers. Any other text is reported as corrupt rather than guessed at.
 */
final class NpyHeaderDict {
    private final String text;
    private int pos;

    private NpyHeaderDict(String text) {
        this.text = text;
    }

    /**
     * The key/value pairs: strings as {@link String}, booleans as {@link Boolean}, tuples as
     * {@code long[]}.
     *
     * @throws IllegalArgumentException with a short reason when the text is not such a literal
     */
    static Map<String, Object> parse(String text) {
        return new NpyHeaderDict(text).dict();
    }

    private Map<String, Object> dict() {
        Map<String, Object> out = new HashMap<>();
        expect('{');
        while (true) {
            skipSpace();
            if (peek() == '}') {
                pos++;
                break;
            }
            String key = string();
            expect(':');
            out.put(key, value());
            skipSpace();
            if (peek() == ',') {
                pos++;
            } else if (peek() != '}') {
                throw error("expected ',' or '}'");
            }
        }
        skipSpace();
        if (pos != text.length()) {
            throw error("text after the closing '}'");
        }
        return out;
    }

    private Object value() {
        skipSpace();
        char c = peek();
        if (c == '\'' || c == '"') {
            return string();
        }
        if (c == '(') {
            return tuple();
        }
        if (text.startsWith("True", pos)) {
            pos += 4;
            return Boolean.TRUE;
        }
        if (text.startsWith("False", pos)) {
            pos += 5;
            return Boolean.FALSE;
        }
        throw error("unexpected value");
    }

    private long[] tuple() {
        expect('(');
        List<Long> items = new ArrayList<>();
        while (true) {
            skipSpace();
            if (peek() == ')') {
                pos++;
                break;
            }
            items.add(integer());
            skipSpace();
            if (peek() == ',') {
                pos++;
            } else if (peek() != ')') {
                throw error("expected ',' or ')' in shape");
            }
        }
        return items.stream().mapToLong(Long::longValue).toArray();
    }

    private long integer() {
        int start = pos;
        while (pos < text.length() && Character.isDigit(text.charAt(pos))) {
            pos++;
        }
        if (start == pos) {
            throw error("expected a non-negative integer in shape");
        }
        String digits = text.substring(start, pos);
        if (pos < text.length() && text.charAt(pos) == 'L') {
            pos++; // Python 2 long suffix, written by old numpy versions
        }
        try {
            return Long.parseLong(digits);
        } catch (NumberFormatException e) {
            throw error("dimension " + digits + " too large");
        }
    }

    private String string() {
        skipSpace();
        char quote = peek();
        if (quote != '\'' && quote != '"') {
            throw error("expected a quoted string");
        }
        int end = text.indexOf(quote, pos + 1);
        if (end < 0) {
            throw error("unterminated string");
        }
        String s = text.substring(pos + 1, end);
        pos = end + 1;
        return s;
    }

    private void expect(char c) {
        skipSpace();
        if (peek() != c) {
            throw error("expected '" + c + "'");
        }
        pos++;
    }

    private char peek() {
        if (pos >= text.length()) {
            throw error("unexpected end");
        }
        return text.charAt(pos);
    }

    private void skipSpace() {
        while (pos < text.length() && Character.isWhitespace(text.charAt(pos))) {
            pos++;
        }
    }

    private IllegalArgumentException error(String what) {
        return new IllegalArgumentException(what + " at character " + pos);
    }
}
