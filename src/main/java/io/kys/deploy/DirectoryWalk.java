package io.kys.deploy;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;

/**
 * The files under a folder, depth first in name order, listed one folder at a time: memory holds
 * the names of the folders on the current path, never the whole tree, and the order is the same
 * on every run and machine. Links to folders are not followed (they could loop); a folder that
 * cannot be listed is reported as an entry of its own.
 */
final class DirectoryWalk implements Iterator<DirectoryWalk.Entry> {
    /**
     * A file found, or a folder that could not be listed.
     *
     * @param path its path
     * @param failure why it could not be listed, or null for a file
     */
    record Entry(Path path, String failure) { }

    private final Deque<Iterator<Path>> stack = new ArrayDeque<>();
    private Entry next;

    /** Walks {@code root}. */
    DirectoryWalk(Path root) {
        push(root);
        advance();
    }

    private void push(Path folder) {
        List<Path> children = new ArrayList<>();
        try (DirectoryStream<Path> stream = Files.newDirectoryStream(folder)) {
            stream.forEach(children::add);
        } catch (IOException | RuntimeException e) {
            next = new Entry(folder, "cannot list folder: " + e.getMessage());
            return;
        }
        children.sort(null);
        stack.push(children.iterator());
    }

    private void advance() {
        if (next != null) {
            return;
        }
        while (!stack.isEmpty()) {
            Iterator<Path> top = stack.peek();
            if (!top.hasNext()) {
                stack.pop();
                continue;
            }
            Path p = top.next();
            if (Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS)) {
                push(p);
                if (next != null) {
                    return;
                }
            } else {
                next = new Entry(p, null);
                return;
            }
        }
    }

    @Override
    public boolean hasNext() {
        advance();
        return next != null;
    }

    @Override
    public Entry next() {
        if (!hasNext()) {
            throw new NoSuchElementException();
        }
        Entry e = next;
        next = null;
        return e;
    }
}
