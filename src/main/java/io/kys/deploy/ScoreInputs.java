package io.kys.deploy;

import io.kys.KysException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.NoSuchElementException;

/**
 * The inputs named on a command line, produced lazily in a fixed order: image files as given,
 * folders walked recursively in name order ({@link DirectoryWalk}), and {@code .npz} archives
 * (given or found in a folder) expanded into their images ({@link NpzImages}). Nothing is read
 * before it is needed, so a folder of any size costs the memory of one batch.
 */
public final class ScoreInputs implements Iterator<ScoreInput> {
    private final Iterator<Path> roots;
    private final ImageDecoder decoder;
    private final NpzSelection selection;
    private Iterator<DirectoryWalk.Entry> walk = Collections.emptyIterator();
    private Iterator<ScoreInput> archive = Collections.emptyIterator();

    private ScoreInputs(List<Path> roots, ImageDecoder decoder, NpzSelection selection) {
        this.roots = roots.iterator();
        this.decoder = decoder;
        this.selection = selection;
    }

    /**
     * The inputs under {@code paths}, each of which must exist.
     *
     * @throws KysException naming the first path that does not exist
     */
    public static ScoreInputs of(List<Path> paths, ImageDecoder decoder, NpzSelection selection) {
        requireExisting(paths);
        return new ScoreInputs(List.copyOf(paths), decoder, selection);
    }

    /** How many inputs {@link #of} will produce (archives counted from their headers), for a progress bar. */
    public static long count(List<Path> paths, NpzSelection selection) {
        requireExisting(paths);
        long n = 0;
        for (Path p : paths) {
            if (Files.isDirectory(p)) {
                DirectoryWalk w = new DirectoryWalk(p);
                while (w.hasNext()) {
                    DirectoryWalk.Entry e = w.next();
                    n += e.failure() == null && isArchive(e.path()) ? NpzImages.count(e.path(), selection) : 1;
                }
            } else {
                n += isArchive(p) ? NpzImages.count(p, selection) : 1;
            }
        }
        return n;
    }

    private static void requireExisting(List<Path> paths) {
        if (paths.isEmpty()) {
            throw new KysException("nothing to score: name image files, folders or .npz archives");
        }
        for (Path p : paths) {
            if (!Files.exists(p)) {
                throw new KysException("no such file or folder: " + p);
            }
        }
    }

    private static boolean isArchive(Path p) {
        return p.getFileName() != null && p.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".npz");
    }

    @Override
    public boolean hasNext() {
        while (true) {
            if (archive.hasNext()) {
                return true;
            }
            if (walk.hasNext()) {
                DirectoryWalk.Entry e = walk.next();
                if (e.failure() != null) {
                    archive = List.of(ScoreInput.of(e.path().toString(), DecodeResult.failed(e.failure()))).iterator();
                } else {
                    archive = single(e.path());
                }
                continue;
            }
            if (!roots.hasNext()) {
                return false;
            }
            Path root = roots.next();
            if (Files.isDirectory(root)) {
                walk = new DirectoryWalk(root);
            } else {
                archive = single(root);
            }
        }
    }

    private Iterator<ScoreInput> single(Path file) {
        return isArchive(file) ? new NpzImages(file, selection) : List.of(ScoreInput.file(file, decoder)).iterator();
    }

    @Override
    public ScoreInput next() {
        if (!hasNext()) {
            throw new NoSuchElementException();
        }
        return archive.next();
    }
}
