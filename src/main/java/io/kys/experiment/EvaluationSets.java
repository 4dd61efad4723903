package io.kys.experiment;

import io.kys.KysException;
import io.kys.data.ImageSet;
import io.kys.data.PreparedData;
import io.kys.ood.OodEvaluator;
import io.kys.ood.OodKind;
import java.nio.file.Path;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The OOD sets a run is evaluated against, assembled one way for {@code kys detect}, the
 * quickstart, the reproduction grid and the notebooks: the split's novel classes first (novel-class
 * detection), then each modality-shift set in the order given. A run with neither has nothing to
 * detect; that is one error, so every entry point tells the user the same thing.
 */
public final class EvaluationSets {
    private EvaluationSets() { }

    /** The name of a dataset's novel-class set in tables and result folders, e.g. {@code retinamnist-novel}. */
    public static String novelSetName(String dataset) {
        return dataset + "-novel";
    }

    /**
     * The novel-class test images of {@code data} (when its split has novel classes) and the given
     * modality-shift sets.
     *
     * @param data the ID dataset with its split
     * @param maxNovelImages cap on the novel-class test images, a seeded subset (0 = all)
     * @param seed seed of that subset
     * @param modalitySets other datasets' test images, by name
     * @param dataDir the folder other datasets were looked for in, named by the error
     * @return the sets by name, in evaluation order
     * @throws KysException when the split has no novel classes and there is no modality-shift set
     */
    public static Map<String, OodEvaluator.OodSet> of(PreparedData data, int maxNovelImages, long seed,
                                                      Map<String, ImageSet> modalitySets, Path dataDir) {
        Map<String, OodEvaluator.OodSet> sets = new LinkedHashMap<>();
        if (data.data().hasNovel()) {
            sets.put(novelSetName(data.name()), new OodEvaluator.OodSet(OodKind.NOVEL_CLASS,
                    DataPreparation.limit(data.data().testNovel(), maxNovelImages, seed)));
        }
        modalitySets.forEach((name, images) ->
                sets.put(name, new OodEvaluator.OodSet(OodKind.MODALITY_SHIFT, images)));
        if (sets.isEmpty()) {
            throw nothingToDetect(data.name(), dataDir);
        }
        return Collections.unmodifiableMap(sets);
    }

    /**
     * {@link #of} with every other catalog dataset present in {@code dataDir} as a modality-shift
     * set, each capped at {@code maxModalityImages} (a seeded subset; 0 = all).
     */
    public static Map<String, OodEvaluator.OodSet> withOtherDatasets(PreparedData data, Path dataDir,
                                                                     int maxNovelImages, int maxModalityImages,
                                                                     long seed) {
        Map<String, ImageSet> others = DataPreparation.otherDatasets(data.name(), dataDir, maxModalityImages, seed);
        return of(data, maxNovelImages, seed, others, dataDir);
    }

    private static KysException nothingToDetect(String dataset, Path dataDir) {
        String suggestion = dataset.equals("breastmnist") ? "pneumoniamnist" : "breastmnist";
        return new KysException("nothing to detect: " + dataset + " has no novel classes and no other dataset is in "
                + dataDir + "; download one (`kys download " + suggestion + "`) to evaluate against");
    }
}
