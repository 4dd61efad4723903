package io.kys.kernel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.kys.notebook.Display;
import io.kys.notebook.DisplayContent;
import io.kys.notebook.RecordingSink;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class CellEvaluatorTest {
    private static CellEvaluator shell;

    @BeforeAll
    static void start() {
        shell = new CellEvaluator();
    }

    @AfterAll
    static void stop() {
        shell.close();
    }

    private static Object valueOf(String cell) throws CellError {
        return shell.eval(cell).orElseThrow(() -> new AssertionError("no value for " + cell)).value();
    }

    @Test
    void cellWithSeveralSnippetsYieldsItsLastExpression() throws Exception {
        Optional<CellEvaluator.CellValue> result = shell.eval("int a1 = 6;\nint b1 = 7;\na1 * b1");
        assertEquals(42, result.orElseThrow().value());
        assertEquals("42", result.orElseThrow().text());
    }

    @Test
    void valueIsTheObjectItselfNotOnlyItsText() throws Exception {
        Object value = valueOf("new StringBuilder(\"ab\").append('c')");
        assertInstanceOf(StringBuilder.class, value);
        assertEquals("abc", value.toString());
        assertEquals("\"xy\"", shell.eval("\"x\" + \"y\"").orElseThrow().text(), "strings read as literals");
    }

    @Test
    void declarationsAndStatementsLastGiveNoValue() throws Exception {
        assertTrue(shell.eval("int c1 = 1;").isEmpty());
        assertTrue(shell.eval("c1 = 5;\nif (c1 > 2) { c1++; }").isEmpty());
        assertEquals(6, valueOf("c1"));
        assertTrue(shell.eval("  // only a comment\n").isEmpty());
    }

    @Test
    void aPrintfCallPrintsAndGivesNoValue() throws Exception {
        java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
        java.io.PrintStream saved = System.out;
        System.setOut(new java.io.PrintStream(bytes, true, java.nio.charset.StandardCharsets.UTF_8));
        try {
            assertTrue(shell.eval("System.out.printf(\"accuracy %.2f%n\", 0.5)").isEmpty());
            assertTrue(shell.eval("String.format(\"%d\", 3)").isPresent(), "other values still show");
        } finally {
            System.setOut(saved);
        }
        assertTrue(bytes.toString(java.nio.charset.StandardCharsets.UTF_8).contains("accuracy 0.50"), bytes.toString());
    }

    @Test
    void laterCellsSeeEarlierDeclarations() throws Exception {
        shell.eval("int twice(int x) { return 2 * x; }\nrecord Pair(int l, int r) { }");
        assertEquals(8, valueOf("twice(4)"));
        assertEquals("Pair[l=1, r=2]", valueOf("new Pair(1, 2)").toString());
    }

    @Test
    void compileErrorPointsAtTheCellLineAndStopsTheCell() {
        CompileError error = assertThrows(CompileError.class,
                () -> shell.eval("int ok1 = 1;\n\nint bad1 = \"s\";\nint after1 = 3;"));
        CompileError.Problem problem = error.problems().get(0);
        assertEquals(3, problem.line());
        assertEquals(12, problem.column());
        assertTrue(problem.message().contains("incompatible types"), problem.message());
        assertTrue(error.getMessage().startsWith("line 3: incompatible types"), error.getMessage());
        assertTrue(error.traceback().contains("    int bad1 = \"s\";"), error.traceback().toString());
        assertThrows(CompileError.class, () -> shell.eval("after1"), "snippets after the error must not run");
    }

    @Test
    void unknownSymbolIsACompileError() {
        CompileError error = assertThrows(CompileError.class, () -> shell.eval("noSuchMethod()"));
        assertTrue(error.getMessage().contains("cannot find symbol"), error.getMessage());
        assertTrue(error.traceback().stream().noneMatch(l -> l.contains("location:")), error.traceback().toString());
    }

    @Test
    void cellEndingInsideABlockIsReportedAsIncomplete() {
        CompileError error = assertThrows(CompileError.class,
                () -> shell.eval("int d1 = 1;\nfor (int i = 0; i < 3; i++) {"));
        assertEquals(2, error.problems().get(0).line());
        assertTrue(error.getMessage().contains("incomplete"), error.getMessage());
    }

    @Test
    void exceptionNamesItsClassAndTheCellLines() {
        CellException error = assertThrows(CellException.class,
                () -> shell.eval("int divide(int d) {\n  return 10 / d;\n}\n\ndivide(0)"));
        assertEquals("java.lang.ArithmeticException", error.exceptionClass());
        assertEquals("java.lang.ArithmeticException: / by zero (at line 2)", error.getMessage());
        assertEquals("java.lang.ArithmeticException: / by zero", error.traceback().get(0));
        assertTrue(error.traceback().contains("    at divide (line 2)"), error.traceback().toString());
        assertTrue(error.traceback().contains("    at line 5"), error.traceback().toString());
    }

    @Test
    void causesAreListed() {
        CellException error = assertThrows(CellException.class,
                () -> shell.eval("throw new RuntimeException(\"outer\", new IllegalStateException(\"inner\"));"));
        assertTrue(error.traceback().contains("Caused by: java.lang.IllegalStateException: inner"),
                error.traceback().toString());
    }

    @Test
    void standardOutputOfACellGoesToTheCurrentSystemOut() throws Exception {
        PrintStream original = System.out;
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        System.setOut(new PrintStream(captured, true, StandardCharsets.UTF_8));
        try {
            shell.eval("System.out.println(\"from the cell \" + (20 + 1));");
        } finally {
            System.setOut(original);
        }
        assertEquals("from the cell 21\n", captured.toString(StandardCharsets.UTF_8));
    }

    @Test
    void cellsCallTheDisplayApiOfThisJvm() throws Exception {
        RecordingSink sink = new RecordingSink();
        Display.attach(sink);
        try {
            shell.eval("Display.html(\"<i>\" + (1 + 1) + \"</i>\");");
        } finally {
            Display.detach();
        }
        assertEquals("<i>2</i>", sink.single().content().get(DisplayContent.HTML).orElseThrow());
    }

    @Test
    void interruptStopsAWaitingCell() throws Exception {
        CompletableFuture<CellError> failure = CompletableFuture.supplyAsync(() -> {
            try {
                shell.eval("Thread.sleep(60_000);");
                return null;
            } catch (CellError e) {
                return e;
            }
        });
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
        while (!failure.isDone() && System.nanoTime() < deadline) {
            shell.interrupt(); // repeated: the cell may not have started yet
            Thread.sleep(50);
        }
        CellError error = failure.get(1, TimeUnit.SECONDS);
        assertInstanceOf(CellException.class, error);
        assertEquals("java.lang.InterruptedException", ((CellException) error).exceptionClass());
        assertEquals(3, valueOf("1 + 2"), "the next cell runs normally");
    }

    @Test
    void statusTellsCompleteFromOpenFromInvalid() {
        assertEquals(CellEvaluator.Status.COMPLETE, shell.status("int e1 = 1;\ne1 + 1"));
        assertEquals(CellEvaluator.Status.INCOMPLETE, shell.status("for (int i = 0; i < 2; i++) {"));
        assertEquals(CellEvaluator.Status.INVALID, shell.status("}"));
    }

    @Test
    void completionWorksInsideAMultiSnippetCell() throws Exception {
        shell.eval("String s1 = \"a\";"); // completion knows what earlier cells declared
        String cell = "int z1 = 0;\ns1.toUpp";
        CellEvaluator.Completion completion = shell.complete(cell, cell.length());
        assertTrue(completion.options().contains("toUpperCase("), completion.options().toString());
        assertEquals(cell.indexOf("toUpp"), completion.start());
        assertEquals(cell.length(), completion.end());
    }
}
