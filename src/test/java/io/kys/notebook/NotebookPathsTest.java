package io.kys.notebook;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class NotebookPathsTest {
    @TempDir
    Path repo;

    @Test
    void environmentWinsThenHereThenTheParentFolder() throws Exception {
        Path notebooks = Files.createDirectories(repo.resolve("notebooks"));
        assertEquals(notebooks.resolve("data"), NotebookPaths.dataDir(Map.of(), notebooks), "nothing exists: here");
        Files.createDirectories(repo.resolve("data"));
        Files.createDirectories(repo.resolve("ckpts"));
        assertEquals(repo.resolve("data"), NotebookPaths.dataDir(Map.of(), notebooks), "a notebook in notebooks/");
        assertEquals(repo.resolve("ckpts"), NotebookPaths.ckptDir(Map.of(), notebooks));
        Files.createDirectories(notebooks.resolve("data"));
        assertEquals(notebooks.resolve("data"), NotebookPaths.dataDir(Map.of(), notebooks), "here first");
        assertEquals(Path.of("/x/medmnist"), NotebookPaths.dataDir(Map.of("KYS_DATA_DIR", "/x/medmnist"), notebooks));
        assertEquals(Path.of("/x/runs"), NotebookPaths.ckptDir(Map.of("KYS_CKPT_DIR", "/x/runs"), notebooks));
    }
}
