package io.kys.kernel;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import jdk.jshell.EvalException;
import jdk.jshell.JShellException;

/**
 * Turns an exception thrown in a cell into a {@link CellException} whose stack shows cell lines.
 * JShell names the source of each snippet frame {@code #id} with lines counted from the
 * snippet's first non-blank line; frames of snippets from the current cell are translated to
 * {@code line N} of the cell, frames of earlier cells keep JShell's {@code #id:line} form.
 */
final class CellTraces {
    private final Map<String, Integer> snippetFirstLine;

    /** @param snippetFirstLine snippet id to the cell line where that snippet's code starts */
    CellTraces(Map<String, Integer> snippetFirstLine) {
        this.snippetFirstLine = snippetFirstLine;
    }

    /** The cell error for an exception that JShell reports for a snippet. */
    CellException toCellError(JShellException thrown) {
        List<String> lines = new ArrayList<>();
        String firstClass = className(thrown);
        String firstMessage = thrown.getMessage();
        Throwable current = thrown;
        String prefix = "";
        int line = 0;
        for (StackTraceElement frame : thrown.getStackTrace()) {
            line = cellLine(frame);
            if (line > 0) {
                break;
            }
        }
        while (current != null) {
            String message = current.getMessage();
            lines.add(prefix + className(current) + (message == null ? "" : ": " + message));
            for (StackTraceElement frame : current.getStackTrace()) {
                lines.add("    at " + frame(frame));
            }
            prefix = "Caused by: ";
            current = current.getCause() == current ? null : current.getCause();
        }
        return new CellException(firstClass, firstMessage, line, lines);
    }

    /** One frame, with cell lines where the frame is code of this cell. */
    String frame(StackTraceElement frame) {
        String file = frame.getFileName();
        if (file == null || !file.startsWith("#")) {
            return frame.toString();
        }
        int line = cellLine(frame);
        String where = line > 0 ? "line " + line : file + ":" + frame.getLineNumber();
        String name = frame.getClassName().isEmpty()
                ? frame.getMethodName() : frame.getClassName() + "." + frame.getMethodName();
        return name.isEmpty() ? where : name + " (" + where + ")";
    }

    /** The line of this cell that {@code frame} runs, or 0 when it is not code of this cell. */
    private int cellLine(StackTraceElement frame) {
        String file = frame.getFileName();
        Integer firstLine = file != null && file.startsWith("#") ? snippetFirstLine.get(file.substring(1)) : null;
        return firstLine != null && frame.getLineNumber() > 0 ? firstLine + frame.getLineNumber() - 1 : 0;
    }

    /** The class the cell threw: JShell carries it as a name, not as the exception's own class. */
    private static String className(Throwable thrown) {
        return thrown instanceof EvalException eval ? eval.getExceptionClassName() : thrown.getClass().getName();
    }
}
