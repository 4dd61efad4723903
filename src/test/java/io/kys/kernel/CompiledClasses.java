package io.kys.kernel;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;

/** Compiles small Java sources at test time, as class folders or jars, to load into cells. */
final class CompiledClasses {
    private CompiledClasses() { }

    /** Compiles {@code source} (file name {@code relativePath}) into the class folder {@code classes}. */
    static Path compile(Path work, String relativePath, String source, Path classes) throws IOException {
        Path file = work.resolve("src").resolve(relativePath);
        Files.createDirectories(file.getParent());
        Files.writeString(file, source);
        Files.createDirectories(classes);
        JavaCompiler compiler = ToolProvider.getSystemJavaCompiler();
        int status = compiler.run(null, null, null, "-d", classes.toString(), file.toString());
        if (status != 0) {
            throw new IllegalStateException("test source did not compile: " + relativePath);
        }
        return classes;
    }

    /** Packs the class folder {@code classes} into the jar {@code jar}. */
    static Path jar(Path classes, Path jar) throws IOException {
        List<Path> files;
        try (Stream<Path> walk = Files.walk(classes)) {
            files = walk.filter(Files::isRegularFile).collect(Collectors.toList());
        }
        try (OutputStream out = Files.newOutputStream(jar); JarOutputStream jarOut = new JarOutputStream(out)) {
            for (Path f : files) {
                jarOut.putNextEntry(new JarEntry(classes.relativize(f).toString().replace('\\', '/')));
                jarOut.write(Files.readAllBytes(f));
                jarOut.closeEntry();
            }
        }
        return jar;
    }
}
