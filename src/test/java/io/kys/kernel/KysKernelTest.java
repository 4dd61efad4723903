package io.kys.kernel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.spencerpark.jupyter.kernel.ReplacementOptions;
import io.github.spencerpark.jupyter.kernel.display.DisplayData;
import io.github.spencerpark.jupyter.kernel.display.mime.MIMEType;
import io.kys.KysException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The kernel's cell handling, without Jupyter sockets. */
class KysKernelTest {
    @TempDir
    static Path notebookDir;
    private static CellEvaluator shell;
    private static KysKernel kernel;

    @BeforeAll
    static void start() {
        shell = new CellEvaluator();
        kernel = new KysKernel(CompletableFuture.completedFuture(shell), notebookDir);
    }

    @AfterAll
    static void stop() {
        kernel.onShutdown(false);
    }

    private static String text(DisplayData data) {
        return (String) data.getData(MIMEType.TEXT_PLAIN);
    }

    @Test
    void lastExpressionBecomesTheResultAndStatementsGiveNone() throws Exception {
        assertEquals("42", text(kernel.eval("int k1 = 40;\nk1 + 2")));
        assertNull(kernel.eval("int k2 = 1;"));
    }

    @Test
    void tableValueIsRenderedAsHtmlWithText() throws Exception {
        DisplayData data = kernel.eval("tech.tablesaw.api.Table.create(\"t\", tech.tablesaw.api.IntColumn.create(\"n\", 5, 6))");
        assertTrue(((String) data.getData(MIMEType.TEXT_HTML)).contains(">5</td>"));
        assertTrue(text(data).contains("t"));
    }

    @Test
    void richValueWithoutTextGetsJShellsText() throws Exception {
        DisplayData data = kernel.eval("DisplayContent.html(\"<p>hi</p>\")");
        assertEquals("<p>hi</p>", data.getData(MIMEType.TEXT_HTML));
        assertTrue(text(data).startsWith("DisplayContent["), text(data));
    }

    @Test
    void jarsMagicLoadsAJarForLaterCode() throws Exception {
        Path classes = CompiledClasses.compile(notebookDir, "demo/Greeter.java",
                "package demo; public class Greeter { public static String hello() { return \"hi from jar\"; } }",
                notebookDir.resolve("greeter-classes"));
        CompiledClasses.jar(classes, notebookDir.resolve("greeter.jar"));
        assertEquals("\"hi from jar\"", text(kernel.eval("%jars greeter.jar\ndemo.Greeter.hello()")));
        assertEquals("\"hi from jar\"", text(kernel.eval("demo.Greeter.hello()")), "stays on the class path");
    }

    @Test
    void classpathMagicLoadsAClassFolder() throws Exception {
        CompiledClasses.compile(notebookDir, "demo2/Answer.java",
                "package demo2; public class Answer { public static int get() { return 41 + 1; } }",
                notebookDir.resolve("answer-classes"));
        assertEquals("42", text(kernel.eval("%classpath answer-classes\n\ndemo2.Answer.get()")));
    }

    @Test
    void errorsAreFormattedForTheNotebook() {
        CompileError compile = assertThrows(CompileError.class, () -> kernel.eval("%jars *.jar\nint k3 = true;"));
        List<String> lines = kernel.formatError(compile);
        assertTrue(lines.get(0).startsWith("line 2: incompatible types"), lines.toString());
        KysException magic = assertThrows(KysException.class, () -> kernel.eval("%jars nothing-here/*.jar"));
        assertEquals(List.of(magic.getMessage()), kernel.formatError(magic));
    }

    @Test
    void isCompleteAnswersWithJupytersWords() {
        assertEquals("complete", kernel.isComplete("int k4 = 1;"));
        assertEquals("invalid", kernel.isComplete("}"));
        assertEquals("invalid", kernel.isComplete("%nope"));
        assertEquals("        ", kernel.isComplete("for (int i = 0; i < 2; i++) {\n    if (i > 0) {"));
    }

    @Test
    void completionOffersMatchingNames() {
        ReplacementOptions options = kernel.complete("%jars *.jar\nSystem.currentTimeM", 30);
        assertTrue(options.getReplacements().contains("currentTimeMillis()"), options.getReplacements().toString());
        assertEquals(19, options.getSourceStart());
    }
}
