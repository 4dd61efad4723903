package io.kys.kernel;

import io.github.spencerpark.jupyter.channels.JupyterConnection;
import io.github.spencerpark.jupyter.kernel.BaseKernel;
import io.github.spencerpark.jupyter.kernel.LanguageInfo;
import io.github.spencerpark.jupyter.kernel.ReplacementOptions;
import io.github.spencerpark.jupyter.kernel.display.DisplayData;
import io.kys.KysException;
import io.kys.notebook.Display;
import io.kys.notebook.DisplayContent;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;

/**
 * The kys Jupyter kernel: Java cells run by JShell inside this JVM, so they call the kys library
 * and {@link Display} directly. A cell may start with line magics ({@code %jars},
 * {@code %classpath}); the value of its last expression becomes the cell's result, rendered
 * richly when {@link Display} knows its type. Compile errors and exceptions become Jupyter errors.
 */
public final class KysKernel extends BaseKernel {
    private final CompletableFuture<CellEvaluator> evaluator;
    private final Path workingDir;
    private final LanguageInfo languageInfo = new LanguageInfo.Builder("java")
            .version(Runtime.version().toString())
            .mimetype("text/x-java-source")
            .fileExtension(".jshell")
            .pygments("java")
            .codemirror("text/x-java")
            .build();

    /**
     * Creates the kernel and starts JShell in the background, so the kernel answers Jupyter at
     * once while the compiler warms up; the first cell waits for it if it must.
     */
    public KysKernel() {
        this(startInBackground(), Path.of("").toAbsolutePath());
    }

    /** A kernel on an evaluator that is (or will be) ready; relative magic paths start at {@code workingDir}. */
    KysKernel(CompletableFuture<CellEvaluator> evaluator, Path workingDir) {
        this.evaluator = evaluator;
        this.workingDir = workingDir;
    }

    private static CompletableFuture<CellEvaluator> startInBackground() {
        CompletableFuture<CellEvaluator> future = new CompletableFuture<>();
        // A thread of its own: JShell's class loader becomes that thread's context loader.
        Thread starter = new Thread(() -> {
            try {
                future.complete(new CellEvaluator());
            } catch (RuntimeException | Error e) {
                future.completeExceptionally(e);
            }
        }, "kys-jshell-start");
        starter.setDaemon(true);
        starter.start();
        return future;
    }

    /** Also routes {@link Display} output to this kernel's cells. */
    @Override
    public void becomeHandlerForConnection(JupyterConnection connection) {
        super.becomeHandlerForConnection(connection);
        Display.attach(new KernelDisplaySink(this));
    }

    @Override
    public DisplayData eval(String cell) throws Exception {
        LineMagics.Parsed parsed = LineMagics.parse(cell);
        CellEvaluator shell = evaluator();
        for (LineMagics.Magic magic : parsed.magics()) {
            for (Path path : LineMagics.paths(magic, workingDir)) {
                shell.addToClasspath(path.toString());
            }
        }
        try {
            return shell.eval(parsed.code()).map(KysKernel::render).orElse(null);
        } finally {
            // print() without a newline is not flushed by itself; it belongs to this cell
            System.out.flush();
            System.err.flush();
        }
    }

    /** A cell's value as Jupyter data: its registered rich form plus JShell's text for it. */
    static DisplayData render(CellEvaluator.CellValue value) {
        Optional<DisplayContent> rich = Display.render(value.value());
        DisplayContent content = rich
                .map(c -> c.plainText().isPresent() ? c : c.with(DisplayContent.TEXT, value.text()))
                .orElseGet(() -> DisplayContent.text(value.text()));
        return KernelDisplaySink.toDisplayData(content);
    }

    @Override
    public List<String> formatError(Exception e) {
        if (e instanceof CellError cellError) {
            return cellError.traceback();
        }
        if (e instanceof KysException) {
            return List.of(e.getMessage());
        }
        return super.formatError(e);
    }

    @Override
    public String isComplete(String cell) {
        CellEvaluator shell = evaluator.getNow(null);
        if (shell == null) {
            return IS_COMPLETE_MAYBE;
        }
        String code;
        try {
            code = LineMagics.parse(cell).code();
        } catch (KysException e) {
            return IS_COMPLETE_BAD;
        }
        return switch (shell.status(code)) {
            case COMPLETE -> IS_COMPLETE_YES;
            case INVALID -> IS_COMPLETE_BAD;
            case INCOMPLETE -> nextIndent(code);
        };
    }

    /** The indentation of the last line, one level deeper after an opening brace or parenthesis. */
    static String nextIndent(String code) {
        String last = code.stripTrailing();
        last = last.substring(last.lastIndexOf('\n') + 1);
        String indent = last.substring(0, last.length() - last.stripLeading().length());
        return last.endsWith("{") || last.endsWith("(") ? indent + "    " : indent;
    }

    @Override
    public ReplacementOptions complete(String cell, int cursor) {
        CellEvaluator shell = evaluator.getNow(null);
        if (shell == null) {
            return null;
        }
        String code;
        try {
            code = LineMagics.parse(cell).code();
        } catch (KysException e) {
            return null;
        }
        CellEvaluator.Completion completion = shell.complete(code, Math.min(cursor, code.length()));
        return new ReplacementOptions(completion.options(), completion.start(), completion.end());
    }

    @Override
    public LanguageInfo getLanguageInfo() {
        return languageInfo;
    }

    @Override
    public String getBanner() {
        return "Java " + Runtime.version() + " (kys kernel)";
    }

    @Override
    public void interrupt() {
        CellEvaluator shell = evaluator.getNow(null);
        if (shell != null) {
            shell.interrupt();
        }
    }

    @Override
    public void onShutdown(boolean isRestarting) {
        Display.detach();
        CellEvaluator shell = evaluator.getNow(null);
        if (shell != null) {
            shell.close();
        }
    }

    /** The evaluator, waiting for its start if needed; a failed start fails the cell. */
    private CellEvaluator evaluator() throws Exception {
        try {
            return evaluator.get();
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            throw cause instanceof Exception exception ? exception : new IllegalStateException(cause);
        }
    }
}
