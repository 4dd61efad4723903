package io.kys.data;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * A dataset split for open-set evaluation. The in-class sets carry labels re-encoded to
 * {@code 0..k-1} in the original order (the classifier's outputs); the novel test set keeps the
 * original labels. {@link #split()} holds the mapping between the two.
 *
 * @param dataset dataset name
 * @param trainIn in-class training images (re-encoded labels)
 * @param valIn in-class validation images (re-encoded labels)
 * @param testIn in-class test images, the ID side of novel-class detection (re-encoded labels)
 * @param testNovel novel-class test images (original labels); empty when there are no novel classes
 * @param split the in/novel classes, i.e. the original-to-new label mapping
 * @param classNames names of the original labels
 * @param origin how the split was made, for logs and reports
 */
public record OpenSetData(String dataset, ImageSet trainIn, ImageSet valIn, ImageSet testIn, ImageSet testNovel,
                          OpenSetSplit split, List<String> classNames, String origin) {
    /** Checks all parts are present. */
    public OpenSetData {
        Objects.requireNonNull(dataset, "dataset");
        Objects.requireNonNull(trainIn, "trainIn");
        Objects.requireNonNull(valIn, "valIn");
        Objects.requireNonNull(testIn, "testIn");
        Objects.requireNonNull(testNovel, "testNovel");
        Objects.requireNonNull(split, "split");
        Objects.requireNonNull(origin, "origin");
        classNames = List.copyOf(classNames);
    }

    /** The classifier's number of outputs. */
    public int numInClasses() {
        return split.numIn();
    }

    /** True when novel-class detection can be evaluated. */
    public boolean hasNovel() {
        return testNovel.size() > 0;
    }

    /** Names of the in-classes, indexed by re-encoded label. */
    public List<String> inClassNames() {
        return Arrays.stream(split.inClasses()).mapToObj(this::nameOf).toList();
    }

    /** Names of the novel classes, ascending by original label. */
    public List<String> novelClassNames() {
        return Arrays.stream(split.novelClasses()).mapToObj(this::nameOf).toList();
    }

    private String nameOf(int original) {
        return original < classNames.size() ? classNames.get(original) : "class " + original;
    }

    /** A few lines saying which classes are in (with their new labels) and novel, and the set sizes. */
    public String describe() {
        StringBuilder b = new StringBuilder();
        b.append(dataset).append(" open-set split (").append(origin).append(")\n");
        b.append("in-classes (").append(split.numIn()).append("), original -> new label:\n");
        int[] in = split.inClasses();
        for (int k = 0; k < in.length; k++) {
            b.append("  ").append(in[k]).append(" -> ").append(k).append("  ").append(nameOf(in[k])).append('\n');
        }
        int[] novel = split.novelClasses();
        b.append("novel classes (").append(novel.length).append(")").append(novel.length == 0 ? ": none, novel-class evaluation is skipped\n" : ":\n");
        for (int c : novel) {
            b.append("  ").append(c).append("  ").append(nameOf(c)).append('\n');
        }
        b.append("images: train-in ").append(trainIn.size()).append(", val-in ").append(valIn.size())
                .append(", test-in ").append(testIn.size()).append(", test-novel ").append(testNovel.size());
        return b.toString();
    }
}
