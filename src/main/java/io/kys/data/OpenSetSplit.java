package io.kys.data;

import io.kys.KysException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/**
 * Which classes of a dataset are in-distribution (trained on) and which are novel (held out and
 * used only as test-time outliers).
 *
 * <p><b>Default rule: the last classes by label index are novel.</b> The paper gives only the
 * number of in-classes per dataset (blood 6/8, tissue 6/8, path 6/9, organA/C/S 8/11, derma 5/7,
 * oct 3/4); the authors' class lists were never published openly. Taking the highest label values
 * is deterministic, needs no data statistics or results to choose, and is the same rule for every
 * dataset, so nobody can tune it towards good numbers. Datasets outside the paper: retinamnist
 * keeps grades 0-2 and holds out grades 3 and 4; the binary sets (pneumoniamnist, breastmnist)
 * have no novel classes, so novel-class evaluation is skipped for them; chestmnist is multi-label
 * and has no default (it serves as a modality-shift outlier set). Any split can be given instead
 * with {@link #parse} ({@code --novel-classes}) or read from the authors' files with
 * {@link AuthorsCsvSplit}. docs/splits.md lists the default novel classes by name.
 *
 * @param inClasses in-distribution label values, ascending
 * @param novelClasses novel label values, ascending (may be empty)
 */
public record OpenSetSplit(int[] inClasses, int[] novelClasses) {
    /** The paper's number of in-classes per dataset, plus our choice for retinamnist. */
    private static final Map<String, Integer> IN_CLASS_COUNTS = Map.of(
            "bloodmnist", 6, "tissuemnist", 6, "pathmnist", 6,
            "organamnist", 8, "organcmnist", 8, "organsmnist", 8,
            "dermamnist", 5, "octmnist", 3, "retinamnist", 3);

    /** Sorts both lists and checks they are non-negative, duplicate-free, disjoint, with at least one in-class. */
    public OpenSetSplit {
        inClasses = sortedDistinct(inClasses, "in-classes");
        novelClasses = sortedDistinct(novelClasses, "novel classes");
        if (inClasses.length == 0) {
            throw new KysException("an open-set split needs at least one in-distribution class");
        }
        for (int n : novelClasses) {
            if (Arrays.binarySearch(inClasses, n) >= 0) {
                throw new KysException("class " + n + " cannot be both an in-class and a novel class");
            }
        }
    }

    private static int[] sortedDistinct(int[] classes, String what) {
        int[] s = classes.clone();
        Arrays.sort(s);
        for (int i = 0; i < s.length; i++) {
            if (s[i] < 0 || (i > 0 && s[i] == s[i - 1])) {
                throw new KysException(what + " must be distinct non-negative class numbers, got " + Arrays.toString(classes));
            }
        }
        return s;
    }

    /** The default split of a catalog dataset (see the class comment for the rule). */
    public static OpenSetSplit defaultFor(DatasetInfo info) {
        if (info.multiLabel()) {
            throw new KysException(info.name() + " is multi-label (several findings per image), so it has no open-set"
                    + " split; use it as a modality-shift outlier set");
        }
        int k = info.numClasses();
        return lastNovel(k, k - IN_CLASS_COUNTS.getOrDefault(info.name(), k));
    }

    /**
     * The default split for a loaded dataset: the catalog default when its name and class count
     * are a catalog dataset's, else all classes in and none novel.
     */
    public static OpenSetSplit defaultFor(MedMnistDataset dataset) {
        Optional<DatasetInfo> info = MedMnistCatalog.standard().find(dataset.name())
                .filter(i -> i.numClasses() == dataset.numClasses());
        return info.isPresent() ? defaultFor(info.get()) : lastNovel(dataset.numClasses(), 0);
    }

    /** Classes {@code 0..k-n-1} in, the last {@code n} of {@code k} novel. */
    public static OpenSetSplit lastNovel(int numClasses, int novelCount) {
        if (novelCount < 0 || novelCount >= numClasses) {
            throw new KysException("cannot hold out " + novelCount + " of " + numClasses + " classes");
        }
        int cut = numClasses - novelCount;
        return new OpenSetSplit(IntStream.range(0, cut).toArray(), IntStream.range(cut, numClasses).toArray());
    }

    /**
     * A split from a {@code --novel-classes} value such as {@code "6,7"}: the listed classes are
     * novel and all others of {@code 0..numClasses-1} are in. An empty value or {@code none}
     * gives no novel classes.
     */
    public static OpenSetSplit parse(String novelList, int numClasses) {
        String text = novelList == null ? "" : novelList.strip();
        TreeSet<Integer> novel = new TreeSet<>();
        if (!text.isEmpty() && !text.equalsIgnoreCase("none")) {
            for (String token : text.split(",")) {
                novel.add(parseClass(token.strip(), text, numClasses));
            }
        }
        int[] in = IntStream.range(0, numClasses).filter(c -> !novel.contains(c)).toArray();
        if (in.length == 0) {
            throw new KysException("--novel-classes '" + text + "' leaves no in-distribution class");
        }
        return new OpenSetSplit(in, novel.stream().mapToInt(Integer::intValue).toArray());
    }

    private static int parseClass(String token, String text, int numClasses) {
        try {
            int c = Integer.parseInt(token);
            if (c >= 0 && c < numClasses) {
                return c;
            }
        } catch (NumberFormatException ignored) {
            // Reported below with the valid range.
        }
        throw new KysException("--novel-classes '" + text + "': '" + token + "' is not a class number in 0.."
                + (numClasses - 1));
    }

    /** A copy of the in-classes, ascending. */
    @Override
    public int[] inClasses() {
        return inClasses.clone();
    }

    /** A copy of the novel classes, ascending. */
    @Override
    public int[] novelClasses() {
        return novelClasses.clone();
    }

    /** True when there are novel classes to evaluate. */
    public boolean hasNovel() {
        return novelClasses.length > 0;
    }

    /** The number of in-classes, i.e. the classifier's output size. */
    public int numIn() {
        return inClasses.length;
    }

    /** The re-encoded label 0..numIn-1 of an in-class, or -1 for any other class. */
    public int newLabel(int originalLabel) {
        int i = Arrays.binarySearch(inClasses, originalLabel);
        return i >= 0 ? i : -1;
    }

    /** The original label of re-encoded label {@code newLabel}. */
    public int originalLabel(int newLabel) {
        return inClasses[newLabel];
    }

    /** True when {@code label} is a novel class. */
    public boolean isNovel(int label) {
        return Arrays.binarySearch(novelClasses, label) >= 0;
    }

    /**
     * Splits a dataset: in-class images of the three splits with labels re-encoded to
     * {@code 0..k-1} in original order, and the test images of the novel classes with their original
     * labels. Novel-class images of the training and validation splits are not used.
     *
     * @throws KysException when the dataset is multi-label or the split does not assign every class
     */
    public OpenSetData apply(MedMnistDataset dataset) {
        requireSingleLabel(dataset);
        requireCovers(dataset.numClasses(), dataset.name());
        ImageSet trainIn = inPart(dataset.train());
        ImageSet valIn = inPart(dataset.val());
        ImageSet testIn = inPart(dataset.test());
        int[] novelIdx = indicesWhere(dataset.test(), this::isNovel);
        String origin = "split: novel classes " + (hasNovel() ? joined(novelClasses) : "none");
        return new OpenSetData(dataset.name(), trainIn, valIn, testIn, dataset.test().select(novelIdx), this,
                dataset.classNames(), origin);
    }

    private static void requireSingleLabel(MedMnistDataset dataset) {
        if (MedMnistCatalog.standard().find(dataset.name()).map(DatasetInfo::multiLabel).orElse(false)) {
            throw new KysException(dataset.name() + " is multi-label, so it cannot be split into in and novel classes");
        }
    }

    private void requireCovers(int numClasses, String name) {
        List<Integer> missing = new ArrayList<>();
        for (int c = 0; c < numClasses; c++) {
            if (newLabel(c) < 0 && !isNovel(c)) {
                missing.add(c);
            }
        }
        int max = Math.max(inClasses[inClasses.length - 1], novelClasses.length == 0 ? -1 : novelClasses[novelClasses.length - 1]);
        if (!missing.isEmpty() || max >= numClasses) {
            throw new KysException("the open-set split (in " + joined(inClasses) + "; novel " + joined(novelClasses)
                    + ") must assign each of the " + numClasses + " classes of " + name + " (0.." + (numClasses - 1)
                    + ") exactly once");
        }
    }

    private ImageSet inPart(ImageSet set) {
        int[] idx = indicesWhere(set, c -> newLabel(c) >= 0);
        int[] labels = Arrays.stream(idx).map(i -> newLabel(set.label(i))).toArray();
        return set.select(idx).withLabels(labels);
    }

    private static int[] indicesWhere(ImageSet set, java.util.function.IntPredicate labelTest) {
        return IntStream.range(0, set.size()).filter(i -> labelTest.test(set.label(i))).toArray();
    }

    private static String joined(int[] classes) {
        return classes.length == 0 ? "none" : Arrays.stream(classes).mapToObj(Integer::toString).collect(Collectors.joining(","));
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof OpenSetSplit s && Arrays.equals(s.inClasses, inClasses) && Arrays.equals(s.novelClasses, novelClasses);
    }

    @Override
    public int hashCode() {
        return 31 * Arrays.hashCode(inClasses) + Arrays.hashCode(novelClasses);
    }

    /** "in 0,1,2; novel 3,4". */
    @Override
    public String toString() {
        return "in " + joined(inClasses) + "; novel " + joined(novelClasses);
    }
}
