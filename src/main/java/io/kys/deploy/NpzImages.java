package io.kys.deploy;

import io.kys.KysException;
import io.kys.data.NpyArray;
import io.kys.data.NpyDType;
import io.kys.data.NpyHeader;
import io.kys.data.NpzArchive;
import io.kys.data.UInt8Image;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;

/**
 * The images of a {@code .npz} archive as score inputs, one array in memory at a time (an archive
 * split is read whole: arrays inside a zip cannot be read piecewise by index). Arrays must be
 * uint8 {@code (N, H, W)} or {@code (N, H, W, C)} with C 1 or 3, as MedMNIST's are. An archive
 * that cannot be read becomes one failed input named after it.
 */
final class NpzImages implements Iterator<ScoreInput> {
    private final Path file;
    private final List<String> arrays;
    private NpzArchive archive;
    private List<String> arrayNames = Collections.emptyList();
    private int arrayIndex;
    private NpyArray current;
    private String currentName;
    private int imageIndex;
    private ScoreInput pendingFailure;
    private boolean opened;

    /** The selected arrays of {@code file}. */
    NpzImages(Path file, NpzSelection selection) {
        this.file = file;
        this.arrays = selection.arrays();
    }

    /** How many images the selected arrays declare, from their headers; 1 for an archive that cannot be read. */
    static long count(Path file, NpzSelection selection) {
        try (NpzArchive npz = NpzArchive.open(file)) {
            long n = 0;
            for (String name : present(npz, selection.arrays())) {
                n += npz.header(name).dim(0);
            }
            return Math.max(n, 1);
        } catch (RuntimeException e) {
            return 1;
        }
    }

    /** The wanted arrays that exist: the named splits, else a lone {@code images} array. */
    private static List<String> present(NpzArchive npz, List<String> wanted) {
        List<String> found = new ArrayList<>();
        for (String name : wanted) {
            if (!name.equals("images") && npz.has(name)) {
                found.add(name);
            }
        }
        if (found.isEmpty() && npz.has("images")) {
            found.add("images");
        }
        return found;
    }

    private void open() {
        opened = true;
        try {
            archive = NpzArchive.open(file);
            List<String> found = present(archive, arrays);
            if (found.isEmpty()) {
                pendingFailure = ScoreInput.of(file.toString(), DecodeResult.failed("archive has none of the arrays "
                        + String.join(", ", arrays) + " (it has " + String.join(", ", archive.arrayNames()) + ")"));
                close();
                return;
            }
            arrayNames = found;
        } catch (KysException e) {
            pendingFailure = ScoreInput.of(file.toString(), DecodeResult.failed(firstLine(e.getMessage())));
            close();
        }
    }

    @Override
    public boolean hasNext() {
        if (!opened) {
            open();
        }
        if (pendingFailure != null) {
            return true;
        }
        while (current == null || imageIndex >= current.dim(0)) {
            if (archive == null || arrayIndex >= arrayNames.size()) {
                close();
                return false;
            }
            loadArray(arrayNames.get(arrayIndex++));
            if (pendingFailure != null) {
                return true;
            }
        }
        return true;
    }

    private void loadArray(String name) {
        current = null;
        imageIndex = 0;
        currentName = name;
        try {
            NpyHeader h = archive.header(name);
            boolean channels = h.ndim() == 4;
            if (h.dtype().orElse(null) != NpyDType.UINT8 || (h.ndim() != 3 && !channels)
                    || (channels && h.dim(3) != 1 && h.dim(3) != 3)) {
                pendingFailure = ScoreInput.of(file + "#" + name, DecodeResult.failed("array has dtype " + h.descr()
                        + " and shape " + h.shapeString() + "; images must be uint8 (N, H, W) or (N, H, W, 1|3)"));
                return;
            }
            current = archive.read(name);
        } catch (KysException e) {
            pendingFailure = ScoreInput.of(file + "#" + name, DecodeResult.failed(firstLine(e.getMessage())));
        }
    }

    @Override
    public ScoreInput next() {
        if (!hasNext()) {
            throw new NoSuchElementException();
        }
        if (pendingFailure != null) {
            ScoreInput f = pendingFailure;
            pendingFailure = null;
            return f;
        }
        int h = current.dim(1);
        int w = current.dim(2);
        int c = current.ndim() == 4 ? current.dim(3) : 1;
        int bytes = h * w * c;
        int i = imageIndex++;
        byte[] data = Arrays.copyOfRange(current.data(), i * bytes, (i + 1) * bytes);
        UInt8Image image = new UInt8Image(h, w, c, data);
        return ScoreInput.of(file + "#" + currentName + "[" + i + "]", DecodeResult.of(image));
    }

    private void close() {
        if (archive != null) {
            archive.close();
            archive = null;
        }
    }

    private static String firstLine(String message) {
        return message == null ? "unreadable archive" : message.lines().findFirst().orElse(message);
    }
}
