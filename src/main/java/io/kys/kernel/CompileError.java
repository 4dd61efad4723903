package io.kys.kernel;

import java.util.ArrayList;
import java.util.List;

/** A cell that the Java compiler rejected, or that ends in the middle of a statement. */
public final class CompileError extends CellError {
    private final List<Problem> problems;

    /**
     * One compiler message.
     *
     * @param line       line in the cell, counting from 1
     * @param column     column in that line, counting from 1
     * @param message    the compiler's message; may span several lines
     * @param sourceLine the text of that line of the cell
     */
    public record Problem(int line, int column, String message, String sourceLine) {
        /** The first line of the message, prefixed with its position in the cell. */
        String summary() {
            return "line " + line + ": " + message.lines().findFirst().orElse("");
        }
    }

    /** Creates an error from the problems found, at least one. */
    public CompileError(List<Problem> problems) {
        super(problems.get(0).summary());
        this.problems = List.copyOf(problems);
    }

    /** The compiler's messages in source order. */
    public List<Problem> problems() {
        return problems;
    }

    /** For each problem: its position and message, then the source line with a caret under the spot. */
    @Override
    public List<String> traceback() {
        List<String> lines = new ArrayList<>();
        for (Problem problem : problems) {
            lines.add(problem.summary());
            problem.message().lines().skip(1).map(l -> "    " + l.strip()).forEach(lines::add);
            lines.add("    " + problem.sourceLine());
            lines.add("    " + " ".repeat(Math.max(0, problem.column() - 1)) + "^");
        }
        return lines;
    }
}
