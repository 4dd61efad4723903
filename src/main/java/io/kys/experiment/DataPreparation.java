package io.kys.experiment;

import io.kys.KysException;
import io.kys.data.DatasetInfo;
import io.kys.data.DatasetLoader;
import io.kys.data.ImageSet;
import io.kys.data.MedMnistCatalog;
import io.kys.data.MedMnistDataset;
import io.kys.data.OpenSetData;
import io.kys.data.PreparedData;
import io.kys.train.Seeds;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The image sets a run is trained and evaluated on beyond its own split: other datasets as
 * modality-shift sets, and seeded subsets where a budget caps a set's size.
 */
public final class DataPreparation {
    private DataPreparation() { }

    /**
     * The test splits of every other catalog dataset present in {@code dataDir}, as modality-shift
     * OOD sets; {@code maxImages > 0} keeps a seeded random subset of that many images per set.
     */
    public static Map<String, ImageSet> otherDatasets(String inDataset, Path dataDir, int maxImages, long seed) {
        Map<String, ImageSet> sets = new LinkedHashMap<>();
        otherDatasetFiles(inDataset, dataDir).forEach((name, file) -> sets.put(name, limit(file.test(), maxImages, seed)));
        return sets;
    }

    /**
     * Every other catalog dataset present in {@code dataDir}, loaded (with its file's MD5), by
     * name in catalog order: for callers that record which files they evaluated against.
     */
    public static Map<String, MedMnistDataset> otherDatasetFiles(String inDataset, Path dataDir) {
        Map<String, MedMnistDataset> files = new LinkedHashMap<>();
        for (DatasetInfo info : MedMnistCatalog.standard().all()) {
            if (!info.name().equals(inDataset) && Files.isRegularFile(dataDir.resolve(info.fileName()))) {
                files.put(info.name(), DatasetLoader.load(info.name(), dataDir));
            }
        }
        return files;
    }

    /** The named datasets' test splits (each must be present), for an explicit {@code --out-datasets}. */
    public static Map<String, ImageSet> namedDatasets(String[] names, Path dataDir, int maxImages, long seed) {
        Map<String, ImageSet> sets = new LinkedHashMap<>();
        for (String name : names) {
            String n = name.trim();
            if (n.isEmpty()) {
                continue;
            }
            sets.put(DatasetLoader.isFileReference(n) ? Path.of(n).getFileName().toString().replace(".npz", "") : n,
                    limit(DatasetLoader.load(n, dataDir).test(), maxImages, seed));
        }
        if (sets.isEmpty()) {
            throw new KysException("no OOD dataset named in --out-datasets");
        }
        return sets;
    }

    /**
     * The same data with at most {@code max} validation images (a seeded subset; all when
     * {@code max <= 0}), for budgets where validating every epoch on the whole split costs more
     * than the training steps.
     */
    public static PreparedData limitValidation(PreparedData prepared, int max, long seed) {
        OpenSetData d = prepared.data();
        ImageSet val = limit(d.valIn(), max, seed);
        if (val == d.valIn()) {
            return prepared;
        }
        return prepared.withData(new OpenSetData(d.dataset(), d.trainIn(), val, d.testIn(), d.testNovel(), d.split(),
                d.classNames(), d.origin()));
    }

    /** A seeded subset of at most {@code max} images (all when {@code max <= 0}). */
    public static ImageSet limit(ImageSet set, int max, long seed) {
        if (max <= 0 || set.size() <= max) {
            return set;
        }
        java.util.Random rnd = Seeds.random(seed, set.size(), max);
        int[] idx = new int[set.size()];
        for (int i = 0; i < idx.length; i++) {
            idx[i] = i;
        }
        for (int i = idx.length - 1; i > 0; i--) {
            int j = rnd.nextInt(i + 1);
            int t = idx[i];
            idx[i] = idx[j];
            idx[j] = t;
        }
        int[] keep = Arrays.copyOf(idx, max);
        Arrays.sort(keep);
        return set.select(keep);
    }
}
