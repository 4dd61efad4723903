package io.kys.data;

import java.nio.file.Path;
import java.util.Objects;

/**
 * A loaded dataset with its open-set split applied: what training, detection and the notebooks
 * start from. The split itself is {@link #split()}; the whole dataset stays at hand for what is
 * recorded beside a run (its file, its MD5, its label names).
 *
 * @param dataset the dataset as loaded
 * @param data the split's image sets, in-class labels re-encoded 0..k-1
 */
public record PreparedData(MedMnistDataset dataset, OpenSetData data) {
    /** Checks both parts are present. */
    public PreparedData {
        Objects.requireNonNull(dataset, "dataset");
        Objects.requireNonNull(data, "data");
    }

    /**
     * Loads {@code dataset} (a catalog name or an {@code .npz} path) from {@code dataDir} and splits
     * it: {@code novelClasses} (e.g. {@code "6,7"}, or {@code ""} for none) overrides the documented
     * default split, which null keeps.
     */
    public static PreparedData load(String dataset, Path dataDir, String novelClasses) {
        return of(DatasetLoader.load(dataset, dataDir), novelClasses);
    }

    /** Applies the default split, or {@code novelClasses} when not null, to a loaded dataset. */
    public static PreparedData of(MedMnistDataset dataset, String novelClasses) {
        OpenSetSplit split = novelClasses == null ? OpenSetSplit.defaultFor(dataset)
                : OpenSetSplit.parse(novelClasses, dataset.numClasses());
        return new PreparedData(dataset, split.apply(dataset));
    }

    /** Which classes are in-distribution and which are novel. */
    public OpenSetSplit split() {
        return data.split();
    }

    /** Number of in-classes the classifier predicts. */
    public int numClasses() {
        return data.numInClasses();
    }

    /** The dataset's name, e.g. {@code bloodmnist}. */
    public String name() {
        return dataset.name();
    }

    /** The same dataset and split with other image sets, e.g. subsets drawn for a smaller budget. */
    public PreparedData withData(OpenSetData subsets) {
        return new PreparedData(dataset, subsets);
    }
}
