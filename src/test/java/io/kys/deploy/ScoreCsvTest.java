package io.kys.deploy;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The score CSV reads back what was written, quotes and all. */
class ScoreCsvTest {
    @TempDir
    Path tmp;

    @Test
    void rowsRoundTripWithQuotingAndEmptyFieldsForFailures() throws Exception {
        List<ScoreRow> rows = List.of(
                new ScoreRow("/data/a,b \"x\".png", "class, with comma", 0.7312345678901234, -1.0E-7, true, null),
                new ScoreRow("plain.png", "pneumonia", 1.0, 12.5, false, null),
                ScoreRow.failed("bad.jpg", "damaged JPEG data: Premature end of JPEG file"));
        StringWriter w = new StringWriter();
        ScoreCsv.writeHeader(w);
        for (ScoreRow r : rows) {
            ScoreCsv.write(w, r);
        }
        assertEquals("bad.jpg,,,,,damaged JPEG data: Premature end of JPEG file",
                w.toString().lines().reduce((a, b) -> b).orElseThrow());
        Path file = tmp.resolve("s.csv");
        Files.writeString(file, w.toString());
        List<ScoreRow> back = ScoreCsv.read(file);
        assertEquals(rows.size(), back.size());
        for (int i = 0; i < rows.size(); i++) {
            assertEquals(rows.get(i).path(), back.get(i).path());
            assertEquals(rows.get(i).className(), back.get(i).className());
            assertEquals(rows.get(i).reason(), back.get(i).reason());
            assertEquals(rows.get(i).accepted(), back.get(i).accepted());
            assertEquals(Double.doubleToLongBits(rows.get(i).score()), Double.doubleToLongBits(back.get(i).score()));
        }
    }

    @Test
    void summariesCountFailuresByKind() {
        ScoreSummary s = new ScoreSummary();
        s.add(new ScoreRow("a", "x", 0.9, 1, true, null));
        s.add(new ScoreRow("b", "x", 0.9, -1, false, null));
        s.add(ScoreRow.failed("c", "empty file (0 bytes)"));
        s.add(ScoreRow.failed("d", "not an image: the file holds text"));
        s.add(ScoreRow.failed("e", "not an image: no reader recognises its content"));
        assertEquals("5 inputs: 2 scored (1 accepted, 1 rejected at threshold 0.500000); 3 not scored (1 empty file, "
                + "2 not an image), see the reason column", s.line(0.5));
    }
}
