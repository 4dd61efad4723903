package io.kys.kernel;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import jdk.jshell.DeclarationSnippet;
import jdk.jshell.Diag;
import jdk.jshell.JShell;
import jdk.jshell.Snippet;
import jdk.jshell.SnippetEvent;
import jdk.jshell.SourceCodeAnalysis;
import jdk.jshell.SourceCodeAnalysis.Completeness;
import jdk.jshell.SourceCodeAnalysis.CompletionInfo;
import jdk.jshell.UnresolvedReferenceException;

/**
 * Evaluates notebook cells with JShell in this JVM. A cell may hold many snippets (statements,
 * declarations, expressions); they run in order, the first failure stops the cell, and the value
 * of a trailing expression is the cell's value. Not thread-safe: the kernel calls it from one
 * thread, except {@link #interrupt()}.
 */
public final class CellEvaluator implements AutoCloseable {
    /** Imports every cell sees, so that common code and the display API need no boilerplate. */
    public static final List<String> DEFAULT_IMPORTS = List.of(
            "java.util.*", "java.util.function.*", "java.util.stream.*", "java.io.*",
            "java.nio.file.*", "java.math.*", "io.kys.notebook.*");

    private static final List<Snippet.SubKind> VALUE_KINDS = List.of(
            Snippet.SubKind.TEMP_VAR_EXPRESSION_SUBKIND,
            Snippet.SubKind.VAR_VALUE_SUBKIND,
            Snippet.SubKind.OTHER_EXPRESSION_SUBKIND);

    private final CellExecutionControl control = new CellExecutionControl();
    private final JShell shell;
    private final SourceCodeAnalysis analysis;

    /** The value of a cell's last expression, as an object and as JShell's text for it. */
    public record CellValue(Object value, String text) { }

    /** Whether a cell can run as it is. */
    public enum Status {
        /** Runnable (possibly with compile errors that running will report). */
        COMPLETE,
        /** Ends in the middle of a statement or block; more lines are expected. */
        INCOMPLETE,
        /** Cannot be made valid by adding lines. */
        INVALID
    }

    /** Completion options for the text from {@code start} to {@code end} of a cell. */
    public record Completion(int start, int end, List<String> options) { }

    /**
     * Starts JShell on the class path of this JVM (so cells can use every kys class) and runs
     * the {@link #DEFAULT_IMPORTS}; this also warms up the compiler, so the first cell is quick.
     */
    public CellEvaluator() {
        this.shell = JShell.builder()
                .executionEngine(control.provider(), Map.of())
                .build();
        this.analysis = shell.sourceCodeAnalysis();
        String classPath = System.getProperty("java.class.path", "");
        if (!classPath.isEmpty()) {
            shell.addToClasspath(classPath);
        }
        for (String name : DEFAULT_IMPORTS) {
            try {
                eval("import " + name + ";");
            } catch (CellError e) {
                throw new IllegalStateException("default import " + name + " failed: " + e.getMessage(), e);
            }
        }
    }

    /**
     * Runs a cell and returns the value of its last snippet when that is an expression.
     *
     * @throws CompileError   when a snippet does not compile or the cell ends mid-statement
     * @throws CellException  when a snippet throws
     */
    public Optional<CellValue> eval(String cell) throws CellError {
        CellText text = new CellText(cell);
        Map<String, Integer> snippetLines = new HashMap<>();
        CellTraces traces = new CellTraces(snippetLines);
        Optional<CellValue> last = Optional.empty();
        int offset = 0;
        String rest = cell;
        while (true) {
            CompletionInfo info = analysis.analyzeCompletion(rest);
            Completeness completeness = info.completeness();
            if (completeness == Completeness.EMPTY) {
                return last;
            }
            if (!completeness.isComplete() || info.source() == null) {
                throw incomplete(text, offset);
            }
            int start = offset;
            offset += rest.length() - info.remaining().length();
            last = evalSnippet(info.source(), text, start, snippetLines, traces);
            rest = info.remaining();
        }
    }

    private Optional<CellValue> evalSnippet(String source, CellText text, int start,
                                            Map<String, Integer> snippetLines, CellTraces traces)
            throws CellError {
        control.takeValue();
        List<SnippetEvent> events = shell.eval(source);
        Object value = control.takeValue();
        SnippetEvent main = null;
        for (SnippetEvent event : events) {
            if (event.causeSnippet() == null) {
                main = event;
                snippetLines.put(event.snippet().id(), text.line(text.skipBlank(start)));
            }
        }
        if (main == null) {
            return Optional.empty();
        }
        Snippet snippet = main.snippet();
        if (main.exception() instanceof UnresolvedReferenceException unresolved) {
            throw unresolvedError(unresolved.getSnippet(), text, start);
        }
        if (main.exception() != null) {
            throw traces.toCellError(main.exception());
        }
        if (!main.status().isDefined()) {
            throw compileError(snippet, text, start);
        }
        if (main.status() == Snippet.Status.RECOVERABLE_DEFINED && snippet instanceof DeclarationSnippet declaration) {
            System.err.println("note: " + unresolvedMessage(declaration));
        }
        if (VALUE_KINDS.contains(snippet.subKind()) && value != CellExecutionControl.NO_VALUE && !isPrinter(value)) {
            return Optional.of(new CellValue(value, main.value()));
        }
        return Optional.empty();
    }

    /**
     * A stream or writer returned by a fluent print call ({@code System.out.printf(...)}): its
     * text has already gone to the cell's output, so the call reads as a statement, not a value.
     */
    private static boolean isPrinter(Object value) {
        return value instanceof java.io.PrintStream || value instanceof java.io.PrintWriter;
    }

    private CompileError compileError(Snippet snippet, CellText text, int start) {
        List<CompileError.Problem> problems = new ArrayList<>();
        for (Diag diag : shell.diagnostics(snippet).collect(Collectors.toList())) {
            if (!diag.isError()) {
                continue;
            }
            int at = start + (int) Math.max(0, Math.min(diag.getStartPosition(), snippet.source().length()));
            at = Math.min(at, text.text().length());
            int line = text.line(at);
            problems.add(new CompileError.Problem(line, text.column(at),
                    withoutLocation(diag.getMessage(null)), text.lineText(line)));
        }
        if (problems.isEmpty() && snippet instanceof DeclarationSnippet declaration) {
            return unresolvedError(declaration, text, start);
        }
        if (problems.isEmpty()) {
            int line = text.line(text.skipBlank(start));
            problems.add(new CompileError.Problem(line, 1, "rejected by the compiler", text.lineText(line)));
        }
        return new CompileError(problems);
    }

    /** javac's "location: class" line names JShell's hidden wrapper class, which helps nobody. */
    private static String withoutLocation(String message) {
        return message.lines().filter(l -> !l.strip().startsWith("location:"))
                .collect(Collectors.joining("\n"));
    }

    private CompileError unresolvedError(DeclarationSnippet snippet, CellText text, int start) {
        int at = text.skipBlank(start);
        int line = text.line(at);
        return new CompileError(List.of(new CompileError.Problem(line, text.column(at),
                unresolvedMessage(snippet), text.lineText(line))));
    }

    private String unresolvedMessage(DeclarationSnippet snippet) {
        String missing = shell.unresolvedDependencies(snippet).collect(Collectors.joining(", "));
        return snippet.name() + " cannot be used until " + (missing.isEmpty() ? "its dependencies are" : missing + " is")
                + " declared";
    }

    private static CompileError incomplete(CellText text, int offset) {
        int at = text.skipBlank(offset);
        int line = text.line(at);
        return new CompileError(List.of(new CompileError.Problem(line, text.column(at),
                "incomplete code: the cell ends before this statement or block does", text.lineText(line))));
    }

    /** Whether {@code cell} is complete, still open (more lines expected), or invalid. */
    public Status status(String cell) {
        String rest = cell;
        while (true) {
            CompletionInfo info = analysis.analyzeCompletion(rest);
            switch (info.completeness()) {
                case COMPLETE, COMPLETE_WITH_SEMI -> rest = info.remaining();
                case EMPTY -> {
                    return Status.COMPLETE;
                }
                case DEFINITELY_INCOMPLETE, CONSIDERED_INCOMPLETE -> {
                    return Status.INCOMPLETE;
                }
                default -> {
                    return Status.INVALID;
                }
            }
        }
    }

    /**
     * Completion options at {@code cursor}: JShell completes one snippet at a time, so the
     * snippet holding the cursor is found first.
     */
    public Completion complete(String cell, int cursor) {
        int start = 0;
        String rest = cell;
        while (true) {
            CompletionInfo info = analysis.analyzeCompletion(rest);
            boolean complete = info.completeness() == Completeness.COMPLETE
                    || info.completeness() == Completeness.COMPLETE_WITH_SEMI;
            int length = rest.length() - info.remaining().length();
            if (!complete || start + length >= cursor || info.remaining().isEmpty()) {
                break;
            }
            start += length;
            rest = info.remaining();
        }
        String snippet = cell.substring(start);
        int[] anchor = new int[1];
        List<String> options = analysis.completionSuggestions(snippet, cursor - start, anchor).stream()
                .sorted(Comparator.comparing((SourceCodeAnalysis.Suggestion s) -> !s.matchesType()))
                .map(SourceCodeAnalysis.Suggestion::continuation)
                .distinct()
                .collect(Collectors.toList());
        return new Completion(start + anchor[0], cursor, options);
    }

    /** Adds a jar or class folder to the class path of later cells (compiler and class loader). */
    public void addToClasspath(String path) {
        shell.addToClasspath(path);
    }

    /** Interrupts the running cell, if any; safe to call from another thread. */
    public void interrupt() {
        control.interrupt();
    }

    /** Stops JShell and its cell thread. */
    @Override
    public void close() {
        shell.close();
    }
}
