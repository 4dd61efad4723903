package io.kys.ood.detect;

import io.kys.KysException;
import io.kys.data.NpyArray;
import io.kys.data.NpyReader;
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
 * Matrices and vectors in the two file formats {@code kys posthoc} reads: text as numpy's
 * {@code savetxt} writes it (one row a line, values separated by whitespace, {@code #} comment
 * lines and blank lines skipped, {@code nan}/{@code inf} allowed so that detectors can name
 * them), and {@code .npy} of a numeric dtype.
 */
final class MatrixFiles {
    private static final Pattern WHITESPACE = Pattern.compile("\\s+");

    private MatrixFiles() { }

    /** A 2-D array: a text file of rows or an {@code (N, D)} {@code .npy}. */
    static Matrix matrix(Path file) {
        if (isNpy(file)) {
            NpyArray a = NpyReader.read(file);
            if (a.ndim() != 2) {
                throw new KysException(file + " holds an array of shape " + a.shapeString() + "; expected 2 dimensions (N, D)");
            }
            return new Matrix(a.dim(0), a.dim(1), a.toDoubleArray());
        }
        return text(file);
    }

    /** A 1-D array: one value a line, all values on one line, or an {@code (N,)}, {@code (N, 1)} or {@code (1, N)} {@code .npy}. */
    static double[] vector(Path file) {
        int rows;
        int cols;
        double[] values;
        if (isNpy(file)) {
            NpyArray a = NpyReader.read(file);
            if (a.ndim() == 1) {
                return a.toDoubleArray();
            }
            if (a.ndim() != 2) {
                throw new KysException(file + " holds an array of shape " + a.shapeString() + "; expected a vector");
            }
            rows = a.dim(0);
            cols = a.dim(1);
            values = a.toDoubleArray();
        } else {
            Matrix m = text(file);
            rows = m.rows();
            cols = m.cols();
            values = m.values();
        }
        if (rows != 1 && cols != 1) {
            throw new KysException(file + " holds a " + rows + " x " + cols + " matrix; expected a vector"
                    + " (one value a line)");
        }
        return values;
    }

    /** Class labels: a vector of integers. */
    static int[] labels(Path file) {
        double[] values = vector(file);
        int[] labels = new int[values.length];
        for (int i = 0; i < values.length; i++) {
            double v = values[i];
            if (v != Math.rint(v) || Math.abs(v) > Integer.MAX_VALUE) {
                throw new KysException(file + " value " + (i + 1) + " is " + v + "; labels must be class indices");
            }
            labels[i] = (int) v;
        }
        return labels;
    }

    private static boolean isNpy(Path file) {
        return file.getFileName().toString().endsWith(".npy");
    }

    private static Matrix text(Path file) {
        double[] values = new double[1024];
        int count = 0;
        int cols = -1;
        int firstLine = 0;
        try (BufferedReader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            String line;
            int lineNumber = 0;
            while ((line = reader.readLine()) != null) {
                lineNumber++;
                String text = line.strip();
                if (text.isEmpty() || text.startsWith("#")) {
                    continue;
                }
                String[] tokens = WHITESPACE.split(text);
                if (cols < 0) {
                    cols = tokens.length;
                    firstLine = lineNumber;
                } else if (tokens.length != cols) {
                    throw new KysException(file + " line " + lineNumber + " has " + tokens.length + " values, line "
                            + firstLine + " has " + cols);
                }
                while (count + cols > values.length) {
                    values = Arrays.copyOf(values, values.length * 2);
                }
                for (String token : tokens) {
                    values[count++] = parse(token, file, lineNumber);
                }
            }
        } catch (NoSuchFileException e) {
            throw new KysException(file + " not found", e);
        } catch (IOException e) {
            throw new KysException("cannot read " + file + ": " + e.getMessage(), e);
        }
        if (count == 0) {
            throw new KysException(file + " holds no values");
        }
        return new Matrix(count / cols, cols, Arrays.copyOf(values, count));
    }

    private static double parse(String token, Path file, int lineNumber) {
        String lower = token.toLowerCase(Locale.ROOT);
        String unsigned = lower.startsWith("-") || lower.startsWith("+") ? lower.substring(1) : lower;
        if (unsigned.equals("nan")) {
            return Double.NaN;
        }
        if (unsigned.equals("inf") || unsigned.equals("infinity")) {
            return lower.startsWith("-") ? Double.NEGATIVE_INFINITY : Double.POSITIVE_INFINITY;
        }
        try {
            return Double.parseDouble(token);
        } catch (NumberFormatException e) {
            String shown = token.length() > 40 ? token.substring(0, 40) + "..." : token;
            throw new KysException(file + " line " + lineNumber + ": '" + shown + "' is not a number");
        }
    }
}
