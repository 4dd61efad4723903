package io.kys.kernel;

import io.kys.KysException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Line magics at the start of a cell: {@code %jars path-or-glob...} and
 * {@code %classpath path-or-glob...}. They must come before any Java code; blank lines and
 * {@code //} comments may sit between them. The rest of the cell is Java.
 */
final class LineMagics {
    /** What a magic does to the class path of later cells. */
    enum Kind {
        /** Adds jar files: named ones, every jar matching a glob, or every jar in a folder. */
        JARS,
        /** Adds class-path entries (jars or class folders) as named, globs expanded. */
        CLASSPATH
    }

    /**
     * One magic line.
     *
     * @param kind which magic
     * @param args its arguments, quotes removed
     * @param line its line in the cell, from 1
     */
    record Magic(Kind kind, List<String> args, int line) { }

    /**
     * A cell split into its magics and its Java code. The code keeps the cell's length and line
     * breaks (magic lines become spaces), so compiler positions still point into the cell.
     */
    record Parsed(List<Magic> magics, String code) { }

    private LineMagics() { }

    /** Splits {@code cell} into its leading magics and the Java code that follows. */
    static Parsed parse(String cell) {
        List<Magic> magics = new ArrayList<>();
        StringBuilder code = new StringBuilder(cell.length());
        int offset = 0;
        int lineNumber = 1;
        boolean inMagics = true;
        while (offset < cell.length()) {
            int end = cell.indexOf('\n', offset);
            int next = end < 0 ? cell.length() : end + 1;
            String line = cell.substring(offset, end < 0 ? cell.length() : end);
            String trimmed = line.strip();
            if (inMagics && trimmed.startsWith("%")) {
                magics.add(parseLine(trimmed, lineNumber));
                code.append(" ".repeat(line.length())).append(end < 0 ? "" : "\n");
            } else {
                if (!trimmed.isEmpty() && !trimmed.startsWith("//")) {
                    inMagics = false;
                }
                code.append(cell, offset, next);
            }
            offset = next;
            lineNumber++;
        }
        return new Parsed(magics, code.toString());
    }

    /**
     * The class-path entries a magic names, relative paths taken from {@code workingDir}.
     *
     * @throws KysException when an argument matches nothing, or {@code %jars} is given a non-jar file
     */
    static List<Path> paths(Magic magic, Path workingDir) {
        List<Path> paths = new ArrayList<>();
        for (String arg : magic.args()) {
            List<Path> matches = PathGlob.expand(arg, workingDir);
            if (magic.kind() == Kind.JARS) {
                matches = jarsIn(matches, arg, magic.line());
            }
            if (matches.isEmpty()) {
                throw new KysException("line " + magic.line() + ": %" + magic.kind().name().toLowerCase(Locale.ROOT)
                        + " " + arg + " matches nothing (relative paths start at " + workingDir + ")");
            }
            paths.addAll(matches);
        }
        return paths;
    }

    /** Folders stand for the jars directly inside them; other matches must be jar files. */
    private static List<Path> jarsIn(List<Path> matches, String arg, int line) {
        List<Path> jars = new ArrayList<>();
        for (Path match : matches) {
            if (Files.isDirectory(match)) {
                try (Stream<Path> children = Files.list(match)) {
                    jars.addAll(children.filter(LineMagics::isJar).sorted().collect(Collectors.toList()));
                } catch (java.io.IOException e) {
                    throw new KysException("line " + line + ": cannot list folder " + match + ": " + e.getMessage(), e);
                }
            } else if (isJar(match)) {
                jars.add(match);
            } else if (!arg.chars().anyMatch(c -> c == '*' || c == '?')) {
                throw new KysException("line " + line + ": %jars " + arg + " is not a .jar file; use %classpath for class folders");
            }
        }
        return jars;
    }

    private static boolean isJar(Path path) {
        return Files.isRegularFile(path) && path.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".jar");
    }

    private static Magic parseLine(String line, int lineNumber) {
        List<String> words = words(line.substring(1), lineNumber);
        String name = words.isEmpty() ? "" : words.get(0);
        Kind kind = switch (name) {
            case "jars" -> Kind.JARS;
            case "classpath" -> Kind.CLASSPATH;
            default -> throw new KysException("line " + lineNumber + ": unknown magic %" + name
                    + "; known: %jars <jar, folder or glob>..., %classpath <path or glob>...");
        };
        List<String> args = words.subList(1, words.size());
        if (args.isEmpty()) {
            throw new KysException("line " + lineNumber + ": %" + name + " needs at least one path");
        }
        return new Magic(kind, List.copyOf(args), lineNumber);
    }

    /** Splits on blanks; double quotes keep a path with spaces together. */
    static List<String> words(String text, int lineNumber) {
        List<String> words = new ArrayList<>();
        StringBuilder word = new StringBuilder();
        boolean quoted = false;
        boolean any = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '"') {
                quoted = !quoted;
                any = true;
            } else if (Character.isWhitespace(c) && !quoted) {
                if (any) {
                    words.add(word.toString());
                    word.setLength(0);
                    any = false;
                }
            } else {
                word.append(c);
                any = true;
            }
        }
        if (quoted) {
            throw new KysException("line " + lineNumber + ": unclosed quote in magic: %" + text);
        }
        if (any) {
            words.add(word.toString());
        }
        return words;
    }
}
