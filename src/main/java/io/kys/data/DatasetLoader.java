package io.kys.data;

import io.kys.KysException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.IntStream;

/**
 * Loads a MedMNIST dataset from a catalog name or from a user's own {@code .npz} file.
 *
 * <p>A catalog name ({@code bloodmnist}) resolves to {@code DATA_DIR/bloodmnist.npz}. Anything
 * ending in {@code .npz} or containing a path separator is a user's file in the MedMNIST layout
 * (see {@link MedMnistLayout}); if its MD5 is a catalog file's, it is treated as that dataset.
 * Catalog datasets are checked against the catalog's shapes and use its label names.
 *
 * <p>Label names of a user's file come, in this order of preference, from the {@code classNames}
 * argument (for a command-line option such as {@code --class-names}), from a sidecar text file next to it
 * ({@code NAME.labels.txt} for {@code NAME.npz}: one name per line in label order, blank lines
 * ignored), or default to {@code class 0 .. class k-1} with k = the largest label + 1.
 */
public final class DatasetLoader {
    private DatasetLoader() { }

    /** Loads a catalog dataset from {@code dataDir}, or a user's file, with default label names. */
    public static MedMnistDataset load(String nameOrPath, Path dataDir) {
        return load(nameOrPath, dataDir, null);
    }

    /**
     * Loads a catalog dataset from {@code dataDir}, or a user's file.
     *
     * @param classNames label names that override the catalog's or the sidecar's; null for none
     * @throws KysException for an unknown name, a missing or malformed file, a file contradicting the
     *     catalog, or label names that do not cover the labels
     */
    public static MedMnistDataset load(String nameOrPath, Path dataDir, List<String> classNames) {
        if (isFileReference(nameOrPath)) {
            return loadFile(Path.of(nameOrPath), classNames);
        }
        DatasetInfo info = MedMnistCatalog.standard().require(nameOrPath);
        Path file = dataDir.resolve(info.fileName());
        if (!Files.exists(file)) {
            throw new KysException(file + " not found; run `kys download " + info.name() + "` or put the official file"
                    + " there (MD5 " + info.md5() + "; --data-dir or KYS_DATA_DIR choose the folder)");
        }
        return read(file, Md5.ofFile(file), info, classNames);
    }

    /** True when the argument names a file rather than a catalog dataset. */
    public static boolean isFileReference(String nameOrPath) {
        return nameOrPath.endsWith(".npz") || nameOrPath.indexOf('/') >= 0
                || nameOrPath.indexOf(java.io.File.separatorChar) >= 0;
    }

    /**
     * Loads a file in the MedMNIST layout; it counts as a catalog dataset when its MD5 is a catalog
     * file's.
     *
     * @param classNames label names, or null for the sidecar file or defaults
     */
    public static MedMnistDataset loadFile(Path file, List<String> classNames) {
        if (!Files.exists(file)) {
            throw new KysException(file + " not found");
        }
        String md5 = Md5.ofFile(file);
        Optional<CatalogMatch> match = MedMnistCatalog.standard().findByMd5(md5);
        return read(file, md5, match.map(CatalogMatch::info).orElse(null), classNames);
    }

    private static MedMnistDataset read(Path file, String md5, DatasetInfo info, List<String> classNames) {
        try (NpzArchive npz = NpzArchive.open(file)) {
            Map<Split, SplitShape> shapes = MedMnistLayout.shapes(npz);
            if (info != null) {
                CatalogCheck.verify(file, info, shapes);
            }
            List<String> names = classNames != null ? List.copyOf(classNames)
                    : info != null ? info.classNames() : sidecarNames(file).orElse(null);
            int bound = names == null ? -1 : labelBound(names.size(), shapes.get(Split.TRAIN));
            Map<Split, ImageSet> sets = new EnumMap<>(Split.class);
            for (Split s : Split.values()) {
                sets.put(s, MedMnistLayout.read(npz, s, shapes.get(s), bound));
            }
            if (names == null) {
                names = defaultNames(inferClassCount(sets, shapes.get(Split.TRAIN)));
            } else if (shapes.get(Split.TRAIN).labelColumns() > 1 && names.size() != shapes.get(Split.TRAIN).labelColumns()) {
                throw new KysException(file + " has " + shapes.get(Split.TRAIN).labelColumns() + " finding columns but "
                        + names.size() + " label names were given");
            }
            String name = info != null ? info.name() : stem(file);
            return new MedMnistDataset(name, sets.get(Split.TRAIN), sets.get(Split.VAL), sets.get(Split.TEST),
                    names, md5, file);
        }
    }

    /** Single labels must be below the number of names; multi-label masks are checked by column count. */
    private static int labelBound(int names, SplitShape shape) {
        return shape.labelColumns() == 1 ? names : -1;
    }

    private static int inferClassCount(Map<Split, ImageSet> sets, SplitShape shape) {
        if (shape.labelColumns() > 1) {
            return shape.labelColumns();
        }
        int max = -1;
        for (ImageSet s : sets.values()) {
            for (int i = 0; i < s.size(); i++) {
                max = Math.max(max, s.label(i));
            }
        }
        return max + 1;
    }

    /** "class 0" .. "class k-1", for a user's file without names. */
    private static List<String> defaultNames(int k) {
        return IntStream.range(0, k).mapToObj(i -> "class " + i).toList();
    }

    /** The label names in {@code NAME.labels.txt} beside {@code NAME.npz}, if that file exists. */
    public static Optional<List<String>> sidecarNames(Path npzFile) {
        Path sidecar = npzFile.resolveSibling(stem(npzFile) + ".labels.txt");
        if (!Files.exists(sidecar)) {
            return Optional.empty();
        }
        try {
            return Optional.of(Files.readAllLines(sidecar, StandardCharsets.UTF_8).stream()
                    .map(String::strip).filter(s -> !s.isEmpty()).toList());
        } catch (IOException e) {
            throw new KysException("cannot read label names from " + sidecar + ": " + e.getMessage(), e);
        }
    }

    private static String stem(Path file) {
        String n = file.getFileName().toString();
        return n.endsWith(".npz") ? n.substring(0, n.length() - 4) : n;
    }
}
