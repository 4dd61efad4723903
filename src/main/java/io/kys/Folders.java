package io.kys;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/** Folder operations the run and cache layouts share. */
public final class Folders {
    private Folders() { }

    /**
     * Deletes {@code dir} with everything below it, deepest first; nothing happens when it does not
     * exist.
     *
     * @throws IOException when an entry cannot be deleted (what was deleted before stays deleted)
     */
    public static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        List<Path> all;
        try (Stream<Path> walk = Files.walk(dir)) {
            all = walk.sorted(Comparator.reverseOrder()).toList();
        }
        for (Path p : all) {
            Files.deleteIfExists(p);
        }
    }
}
