package io.kys.data;

import io.kys.KysException;
import java.util.EnumMap;
import java.util.Map;

/**
 * The MedMNIST archive layout: arrays {@code {train,val,test}_images} (uint8, {@code (N,H,W)} or
 * {@code (N,H,W,3)}) and {@code {train,val,test}_labels} (uint8 or int64, {@code (N,1)} or
 * {@code (N,)}; {@code (N,k)} of 0/1 findings for multi-label sets). Shapes are checked from the
 * headers first, so a wrong file fails before its data is read.
 */
final class MedMnistLayout {
    /** Bit masks of findings must fit an int label. */
    private static final int MAX_FINDINGS = 31;

    private MedMnistLayout() { }

    /** The declared shapes of the three splits, checked for consistency. */
    static Map<Split, SplitShape> shapes(NpzArchive npz) {
        Map<Split, SplitShape> shapes = new EnumMap<>(Split.class);
        for (Split s : Split.values()) {
            shapes.put(s, shape(npz, s));
        }
        SplitShape first = shapes.get(Split.TRAIN);
        for (SplitShape sh : shapes.values()) {
            if (sh.height() != first.height() || sh.width() != first.width() || sh.channels() != first.channels()
                    || sh.labelColumns() != first.labelColumns()) {
                throw new KysException(npz.file() + ": splits disagree in image or label shape ("
                        + first.imageShapeString() + " vs " + sh.imageShapeString() + ")");
            }
        }
        return shapes;
    }

    private static SplitShape shape(NpzArchive npz, Split split) {
        requireArrays(npz, split);
        NpyHeader images = npz.header(split.imagesEntry());
        NpyHeader labels = npz.header(split.labelsEntry());
        String where = npz.file() + ": " + split.imagesEntry();
        if (images.dtype().orElse(null) != NpyDType.UINT8) {
            throw new KysException(where + " has dtype '" + images.descr() + "'; images must be uint8");
        }
        boolean hasChannels = images.ndim() == 4;
        if ((images.ndim() != 3 && !hasChannels) || (hasChannels && images.dim(3) != 1 && images.dim(3) != 3)) {
            throw new KysException(where + " has shape " + images.shapeString()
                    + "; expected (N, H, W) or (N, H, W, 3)");
        }
        if (labels.dtype().filter(NpyDType::isInteger).isEmpty()) {
            throw new KysException(npz.file() + ": " + split.labelsEntry() + " has unsupported dtype '"
                    + labels.descr() + "'; labels must be uint8, int32 or int64");
        }
        if (labels.ndim() < 1 || labels.ndim() > 2 || labels.dim(0) != images.dim(0)
                || (labels.ndim() == 2 && (labels.dim(1) < 1 || labels.dim(1) > MAX_FINDINGS))) {
            throw new KysException(npz.file() + ": " + split.labelsEntry() + " has shape " + labels.shapeString()
                    + " for " + images.dim(0) + " images; expected (" + images.dim(0) + ", 1) or (" + images.dim(0) + ",)");
        }
        return new SplitShape(toInt(images.dim(0), where), toInt(images.dim(1), where), toInt(images.dim(2), where),
                hasChannels ? (int) images.dim(3) : 1, labels.ndim() == 2 ? (int) labels.dim(1) : 1);
    }

    private static void requireArrays(NpzArchive npz, Split split) {
        for (String a : new String[] {split.imagesEntry(), split.labelsEntry()}) {
            if (!npz.has(a)) {
                throw new KysException(npz.file() + " is not in the MedMNIST layout: no array '" + a + "' (it has: "
                        + String.join(", ", npz.arrayNames()) + ")");
            }
        }
    }

    private static int toInt(long dim, String where) {
        if (dim <= 0 || dim > Integer.MAX_VALUE) {
            throw new KysException(where + " has an impossible dimension " + dim);
        }
        return (int) dim;
    }

    /**
     * Reads one split's images and labels.
     *
     * @param numClasses label values must lie in 0..numClasses-1 (for multi-label data: the number
     *     of finding columns); a negative value skips the range check
     */
    static ImageSet read(NpzArchive npz, Split split, SplitShape shape, int numClasses) {
        NpyArray images = npz.read(split.imagesEntry());
        NpyArray labels = npz.read(split.labelsEntry());
        int[] decoded = shape.labelColumns() == 1
                ? singleLabels(npz, split, labels, numClasses)
                : findingMasks(npz, split, labels, shape.labelColumns());
        return new ImageSet(shape.count(), shape.height(), shape.width(), shape.channels(), images.data(), decoded);
    }

    private static int[] singleLabels(NpzArchive npz, Split split, NpyArray labels, int numClasses) {
        int[] values;
        try {
            values = labels.toIntArray();
        } catch (ArithmeticException e) {
            throw new KysException(npz.file() + ": " + split.labelsEntry() + " has a label outside the int range");
        }
        for (int i = 0; i < values.length; i++) {
            if (values[i] < 0 || (numClasses >= 0 && values[i] >= numClasses)) {
                throw new KysException(npz.file() + ": " + split.labelsEntry() + "[" + i + "] = " + values[i]
                        + " is outside 0.." + (numClasses - 1));
            }
        }
        return values;
    }

    private static int[] findingMasks(NpzArchive npz, Split split, NpyArray labels, int columns) {
        int[] flat = labels.toIntArray();
        int[] masks = new int[flat.length / columns];
        for (int i = 0; i < masks.length; i++) {
            for (int j = 0; j < columns; j++) {
                int v = flat[i * columns + j];
                if (v != 0 && v != 1) {
                    throw new KysException(npz.file() + ": " + split.labelsEntry() + "[" + i + ", " + j + "] = " + v
                            + "; multi-label findings must be 0 or 1");
                }
                masks[i] |= v << j;
            }
        }
        return masks;
    }
}
