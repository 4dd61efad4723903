package io.kys.notebook;

import io.kys.data.ImageSet;
import io.kys.data.OpenSetData;
import io.kys.data.OpenSetSplit;
import io.kys.data.UInt8Image;
import io.kys.data.PreparedData;
import io.kys.report.Html;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Random;

/**
 * An open-set split as a notebook shows it: which classes are in-distribution and which are
 * novel, with sample images of both, and the way on to outliers and training. Made by
 * {@link DatasetView#split()} or {@link DatasetView#novelClasses(String)}.
 */
public final class SplitView implements Displayable {
    private final PreparedData prepared;
    private final OpenSetData data;
    private final Path dataDir;

    SplitView(PreparedData prepared, Path dataDir) {
        this.prepared = Objects.requireNonNull(prepared, "prepared");
        this.data = prepared.data();
        this.dataDir = Objects.requireNonNull(dataDir, "dataDir");
    }

    /** The split data (in-class train/val/test, novel test), for calls into the library. */
    public OpenSetData data() {
        return data;
    }

    /** The loaded dataset with its split, as training and detection take it. */
    public PreparedData prepared() {
        return prepared;
    }

    /** The folder the dataset came from; other datasets there serve as modality-shift OOD sets. */
    public Path dataDir() {
        return dataDir;
    }

    /**
     * Which classes are in and which novel, e.g. {@code in 0,1,2; novel 3,4}; two splits of a
     * dataset hold out the same classes when their {@code classes()} are equal.
     */
    public OpenSetSplit classes() {
        return data.split();
    }

    /** The split in a few lines: classes with their new labels, novel classes, set sizes. */
    public String describe() {
        return data.describe();
    }

    /**
     * {@code perClass} test images of each in-class (top rows) and of each novel class (bottom
     * rows), drawn with {@code seed}: what the detector must accept and what it must flag.
     */
    public ImageGallery samples(int perClass, long seed) {
        Random random = new Random(seed);
        List<ImageGallery.Row> rows = new ArrayList<>();
        int[] in = data.split().inClasses();
        List<String> inNames = data.inClassNames();
        for (int k = 0; k < in.length; k++) {
            rows.add(new ImageGallery.Row("in: " + DatasetView.label(in[k], inNames.get(k)),
                    pick(data.testIn(), k, perClass, random), List.of()));
        }
        int[] novel = data.split().novelClasses();
        List<String> novelNames = data.novelClassNames();
        for (int n = 0; n < novel.length; n++) {
            rows.add(new ImageGallery.Row("novel: " + DatasetView.label(novel[n], novelNames.get(n)),
                    pick(data.testNovel(), novel[n], perClass, random), List.of()));
        }
        return new ImageGallery(data.dataset() + ": in-distribution vs novel classes (test images)", rows,
                Kys.MEDMNIST_CREDIT);
    }

    /** {@link #samples(int, long)} with seed 0. */
    public ImageGallery samples(int perClass) {
        return samples(perClass, 0);
    }

    /** Up to {@code count} images of {@code set} with label {@code label}, in a seeded order. */
    static List<UInt8Image> pick(ImageSet set, int label, int count, Random random) {
        List<Integer> members = new ArrayList<>();
        for (int i = 0; i < set.size(); i++) {
            if (set.label(i) == label) {
                members.add(i);
            }
        }
        java.util.Collections.shuffle(members, random);
        return members.stream().limit(count).map(set::image).toList();
    }

    /**
     * A gallery of the pixel-space outliers and inliers made from {@code count} in-class training
     * images drawn with {@code seed}.
     */
    public OutlierGallery outliers(int count, long seed) {
        return new OutlierGallery(data.trainIn(), count, seed);
    }

    /** {@link #outliers(int, long)} for 6 images and seed 0. */
    public OutlierGallery outliers() {
        return outliers(6, 0);
    }

    /**
     * A training run on this split, starting from {@link Kys#defaults()} (the paper's protocol
     * {@code ours}); change it with the session's methods, then {@link TrainingSession#run()}.
     */
    public TrainingSession train() {
        return new TrainingSession(this, Kys.defaults());
    }

    /**
     * A comparison of protocols, each trained with {@link Kys#defaults()} and its best checkpoint
     * evaluated against the novel classes and the other datasets in {@link #dataDir()}. The
     * training happens when the comparison is first shown or asked for its table, bars, radar or
     * runs; finished runs of the same configuration are reused, so running the cells again costs
     * only the evaluation.
     *
     * @param protocols protocol names ({@code baseline, nda, nda++, vos, vos++, ours}); none means all six
     */
    public ComparisonView compare(String... protocols) {
        return ComparisonView.plan(this, Kys.defaults(), protocols);
    }

    /** The description in a preformatted block. */
    @Override
    public DisplayContent toDisplay() {
        return DisplayContent.html("<pre>" + Html.escape(describe()) + "</pre>")
                .with(DisplayContent.TEXT, describe());
    }

    @Override
    public String toString() {
        return "SplitView[" + data.dataset() + ", " + data.split() + "]";
    }
}
