package io.kys.kernel;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Expands a path that may hold glob wildcards ({@code *}, {@code **}, {@code ?}, {@code [..]},
 * {@code {a,b}}) into the existing paths it matches, sorted. Relative paths start at a given
 * folder (the notebook's), and a leading {@code ~/} means the home folder.
 */
final class PathGlob {
    private PathGlob() { }

    /** The existing paths matching {@code pattern}; empty when none do. */
    static List<Path> expand(String pattern, Path workingDir) {
        String expanded = pattern.startsWith("~/") ? System.getProperty("user.home") + pattern.substring(1) : pattern;
        String[] segments = expanded.split("/", -1);
        int firstGlob = 0;
        while (firstGlob < segments.length && !hasGlob(segments[firstGlob])) {
            firstGlob++;
        }
        if (firstGlob == segments.length) {
            Path path = workingDir.resolve(expanded).normalize();
            return Files.exists(path) ? List.of(path) : List.of();
        }
        String basePart = String.join("/", List.of(segments).subList(0, firstGlob));
        Path base = workingDir.resolve(basePart.isEmpty() && expanded.startsWith("/") ? "/" : basePart).normalize();
        String globPart = String.join("/", List.of(segments).subList(firstGlob, segments.length));
        if (!Files.isDirectory(base)) {
            return List.of();
        }
        PathMatcher matcher = FileSystems.getDefault().getPathMatcher("glob:" + globPart);
        int depth = globPart.contains("**") ? Integer.MAX_VALUE : segments.length - firstGlob;
        try (Stream<Path> walk = Files.walk(base, depth)) {
            return walk.filter(p -> !p.equals(base) && matcher.matches(base.relativize(p)))
                    .sorted()
                    .collect(Collectors.toList());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + base, e);
        }
    }

    private static boolean hasGlob(String segment) {
        return segment.chars().anyMatch(c -> c == '*' || c == '?' || c == '[' || c == '{');
    }
}
