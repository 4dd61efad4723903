package io.kys.notebook;

import com.google.gson.JsonElement;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/** The tutorial notebooks of the repository and reading their JSON. */
final class NotebookFiles {
    /** The folder of the tutorial notebooks, relative to the repository root (the tests' working directory). */
    static final Path FOLDER = Path.of("notebooks");

    private NotebookFiles() { }

    /** Every {@code .ipynb} in {@link #FOLDER}, by name. */
    static List<Path> list() throws IOException {
        try (Stream<Path> files = Files.list(FOLDER)) {
            return files.filter(p -> p.getFileName().toString().endsWith(".ipynb")).sorted().collect(Collectors.toList());
        }
    }

    /** nbformat stores text as one string or as a list of lines; either way, the whole text. */
    static String text(JsonElement source) {
        if (source.isJsonArray()) {
            return StreamSupport.stream(source.getAsJsonArray().spliterator(), false)
                    .map(JsonElement::getAsString).collect(Collectors.joining());
        }
        return source.getAsString();
    }
}
