package io.kys.kernel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.kys.KysException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LineMagicsTest {
    @TempDir
    Path dir;

    @Test
    void leadingMagicsAreSplitOffAndTheCodeKeepsItsLines() {
        String cell = "%jars a.jar lib/*.jar\n// comment\n  %classpath \"my classes\"\nint x = 1;\nx";
        LineMagics.Parsed parsed = LineMagics.parse(cell);
        assertEquals(2, parsed.magics().size());
        assertEquals(new LineMagics.Magic(LineMagics.Kind.JARS, List.of("a.jar", "lib/*.jar"), 1), parsed.magics().get(0));
        assertEquals(new LineMagics.Magic(LineMagics.Kind.CLASSPATH, List.of("my classes"), 3), parsed.magics().get(1));
        assertEquals(cell.length(), parsed.code().length());
        assertEquals("int x = 1;", parsed.code().lines().skip(3).findFirst().orElseThrow());
        assertTrue(parsed.code().lines().limit(3).noneMatch(l -> l.contains("%")), parsed.code());
    }

    @Test
    void percentAfterCodeIsJava() {
        String cell = "int m = 7 % 3;\n%jars x.jar";
        LineMagics.Parsed parsed = LineMagics.parse(cell);
        assertTrue(parsed.magics().isEmpty());
        assertEquals(cell, parsed.code());
    }

    @Test
    void unknownOrEmptyMagicsAreUserErrors() {
        KysException unknown = assertThrows(KysException.class, () -> LineMagics.parse("%maven foo:bar:1"));
        assertTrue(unknown.getMessage().contains("unknown magic %maven"), unknown.getMessage());
        KysException empty = assertThrows(KysException.class, () -> LineMagics.parse("\n%jars  \n1"));
        assertTrue(empty.getMessage().startsWith("line 2: %jars needs"), empty.getMessage());
        assertThrows(KysException.class, () -> LineMagics.parse("%classpath \"open"));
    }

    @Test
    void jarsExpandsGlobsAndFolders() throws Exception {
        Files.createFile(dir.resolve("b.jar"));
        Files.createFile(dir.resolve("a.jar"));
        Files.createFile(dir.resolve("notes.txt"));
        Files.createDirectories(dir.resolve("sub"));
        Files.createFile(dir.resolve("sub/c.jar"));
        assertEquals(List.of(dir.resolve("a.jar"), dir.resolve("b.jar")), paths("%jars *.jar"));
        assertEquals(List.of(dir.resolve("a.jar"), dir.resolve("b.jar")), paths("%jars ."));
        assertEquals(List.of(dir.resolve("sub/c.jar")), paths("%jars sub/*.jar"));
        assertEquals(List.of(dir.resolve("sub/c.jar")), paths("%jars **/*.jar"));
        assertEquals(List.of(dir.resolve("a.jar"), dir.resolve("sub/c.jar")), paths("%jars " + dir.resolve("a.jar") + " sub"));
    }

    @Test
    void magicsThatMatchNothingOrTheWrongFilesFail() throws Exception {
        Files.createFile(dir.resolve("notes.txt"));
        KysException none = assertThrows(KysException.class, () -> paths("%jars missing/*.jar"));
        assertTrue(none.getMessage().contains("missing/*.jar matches nothing"), none.getMessage());
        KysException notJar = assertThrows(KysException.class, () -> paths("%jars notes.txt"));
        assertTrue(notJar.getMessage().contains("not a .jar"), notJar.getMessage());
    }

    @Test
    void classpathTakesFoldersAsTheyAre() throws Exception {
        Files.createDirectories(dir.resolve("classes"));
        assertEquals(List.of(dir.resolve("classes")), paths("%classpath classes"));
    }

    private List<Path> paths(String magicLine) {
        return LineMagics.paths(LineMagics.parse(magicLine).magics().get(0), dir);
    }
}
