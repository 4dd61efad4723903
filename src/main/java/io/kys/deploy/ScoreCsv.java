package io.kys.deploy;

import io.kys.KysException;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The CSV of batch scoring: {@code path,class,probability,score,accepted,reason}, RFC 4180
 * quoting, numbers in Java's shortest round-trip form (so a reader gets the identical doubles),
 * empty fields where an input was not scored and an empty reason where it was.
 */
public final class ScoreCsv {
    /** The header line. */
    public static final String HEADER = "path,class,probability,score,accepted,reason";

    private ScoreCsv() { }

    /** Writes the header. */
    public static void writeHeader(Writer out) throws IOException {
        out.write(HEADER);
        out.write('\n');
    }

    /** Writes one row. */
    public static void write(Writer out, ScoreRow row) throws IOException {
        out.write(field(row.path()));
        out.write(',');
        out.write(field(row.className()));
        out.write(',');
        out.write(row.ok() ? Double.toString(row.probability()) : "");
        out.write(',');
        out.write(row.ok() ? Double.toString(row.score()) : "");
        out.write(',');
        out.write(row.accepted() == null ? "" : row.accepted().toString());
        out.write(',');
        out.write(field(row.reason()));
        out.write('\n');
    }

    /**
     * Reads a file this class wrote.
     *
     * @throws KysException when it cannot be read or is not such a file
     */
    public static List<ScoreRow> read(Path file) {
        String text;
        try {
            text = Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new KysException("cannot read " + file + ": " + e.getMessage(), e);
        }
        List<List<String>> records = parse(text);
        if (records.isEmpty() || !String.join(",", records.get(0)).equals(HEADER)) {
            throw new KysException(file + " is not a kys score CSV (header " + HEADER + ")");
        }
        List<ScoreRow> rows = new ArrayList<>();
        for (List<String> r : records.subList(1, records.size())) {
            if (r.size() != 6) {
                throw new KysException(file + ": a row has " + r.size() + " fields, expected 6");
            }
            boolean ok = r.get(5).isEmpty();
            rows.add(ok ? new ScoreRow(r.get(0), r.get(1), Double.parseDouble(r.get(2)), Double.parseDouble(r.get(3)),
                    Boolean.valueOf(r.get(4)), null) : ScoreRow.failed(r.get(0), r.get(5)));
        }
        return rows;
    }

    private static String field(String value) {
        if (value == null) {
            return "";
        }
        if (value.indexOf(',') < 0 && value.indexOf('"') < 0 && value.indexOf('\n') < 0 && value.indexOf('\r') < 0) {
            return value;
        }
        return '"' + value.replace("\"", "\"\"") + '"';
    }

    private static List<List<String>> parse(String text) {
        List<List<String>> records = new ArrayList<>();
        List<String> record = new ArrayList<>();
        StringBuilder f = new StringBuilder();
        boolean quoted = false;
        boolean any = false;
        for (int i = 0; i < text.length(); i++) {
            char ch = text.charAt(i);
            if (quoted) {
                if (ch == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
                    f.append('"');
                    i++;
                } else if (ch == '"') {
                    quoted = false;
                } else {
                    f.append(ch);
                }
            } else if (ch == '"') {
                quoted = true;
                any = true;
            } else if (ch == ',') {
                record.add(f.toString());
                f.setLength(0);
                any = true;
            } else if (ch == '\n') {
                record.add(f.toString());
                records.add(record);
                record = new ArrayList<>();
                f.setLength(0);
                any = false;
            } else if (ch != '\r') {
                f.append(ch);
                any = true;
            }
        }
        if (any) {
            record.add(f.toString());
            records.add(record);
        }
        return records;
    }
}
