package io.kys.ood;

import io.kys.AtomicFiles;
import io.kys.KysException;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Score files in the reference's format ({@code scores_energy_In.txt}, {@code
 * scores_energy_Out.txt}): one decimal number a line. Blank lines are ignored, so a trailing
 * newline or none both read the same.
 */
public final class ScoreFiles {
    private static final Pattern DECIMAL = Pattern.compile("[+-]?(\\d+\\.?\\d*|\\.\\d+)([eE][+-]?\\d+)?");
    private static final Pattern NON_FINITE = Pattern.compile("[+-]?(nan|inf|infinity)", Pattern.CASE_INSENSITIVE);

    private ScoreFiles() { }

    /**
     * Reads the scores of a file.
     *
     * @throws KysException if the file is missing or unreadable, holds no score, or a line is
     *     not a finite decimal number (the message names the line)
     */
    public static double[] read(Path file) {
        double[] values = new double[1024];
        int count = 0;
        try (BufferedReader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            String line;
            int lineNumber = 0;
            while ((line = reader.readLine()) != null) {
                lineNumber++;
                String text = line.strip();
                if (text.isEmpty()) {
                    continue;
                }
                if (count == values.length) {
                    values = Arrays.copyOf(values, values.length * 2);
                }
                values[count++] = parse(text, file, lineNumber);
            }
        } catch (NoSuchFileException e) {
            throw new KysException("score file " + file + " not found", e);
        } catch (IOException e) {
            throw new KysException("cannot read score file " + file + ": " + e.getMessage(), e);
        }
        if (count == 0) {
            throw new KysException("score file " + file + " holds no scores; expected one number a line");
        }
        return Arrays.copyOf(values, count);
    }

    private static double parse(String text, Path file, int lineNumber) {
        if (NON_FINITE.matcher(text).matches()) {
            throw nonFinite(text, file, lineNumber);
        }
        if (!DECIMAL.matcher(text).matches()) {
            String shown = text.length() > 40 ? text.substring(0, 40) + "..." : text;
            throw new KysException("score file " + file + " line " + lineNumber + ": '" + shown + "' is not a number");
        }
        double value = Double.parseDouble(text);
        if (!Double.isFinite(value)) {
            throw nonFinite(text, file, lineNumber);
        }
        return value;
    }

    private static KysException nonFinite(String text, Path file, int lineNumber) {
        return new KysException("score file " + file + " line " + lineNumber + ": " + text.toLowerCase(Locale.ROOT)
                + " is not a finite score; fix the model or drop that sample");
    }

    /**
     * Writes scores one a line, atomically, in Java's shortest round-trip form, so {@link
     * #read(Path)} gives back the identical doubles.
     *
     * @throws KysException if there are no scores, a score is not finite, or the file cannot be
     *     written
     */
    public static void write(Path file, double[] scores) {
        if (scores.length == 0) {
            throw new KysException("cannot write " + file + ": no scores; a score file needs at least one");
        }
        StringBuilder text = new StringBuilder(scores.length * 20);
        for (int i = 0; i < scores.length; i++) {
            if (!Double.isFinite(scores[i])) {
                throw new KysException("cannot write " + file + ": score " + i + " is " + scores[i]
                        + "; scores must be finite numbers");
            }
            text.append(scores[i]).append('\n');
        }
        AtomicFiles.writeString(file, text);
    }
}
