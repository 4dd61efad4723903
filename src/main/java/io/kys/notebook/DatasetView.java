package io.kys.notebook;

import io.kys.data.ImageSet;
import io.kys.data.MedMnistDataset;
import io.kys.data.OpenSetSplit;
import io.kys.data.PreparedData;
import io.kys.data.UInt8Image;
import io.kys.experiment.DataPreparation;
import io.kys.report.Html;
import io.kys.report.TableHtml;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.Random;
import java.util.stream.IntStream;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

/**
 * A loaded MedMNIST dataset as a notebook shows it: its classes with their image counts, sample
 * images per class, and the way on to an open-set split. Made by {@link Kys#dataset(String)}.
 */
public final class DatasetView implements Displayable {
    private final MedMnistDataset dataset;
    private final Path dataDir;

    DatasetView(MedMnistDataset dataset, Path dataDir) {
        this.dataset = Objects.requireNonNull(dataset, "dataset");
        this.dataDir = Objects.requireNonNull(dataDir, "dataDir");
    }

    /** The dataset itself, for calls into the library. */
    public MedMnistDataset dataset() {
        return dataset;
    }

    /** The dataset's name, e.g. {@code retinamnist}. */
    public String name() {
        return dataset.name();
    }

    /** Label names, indexed by label value. */
    public List<String> classNames() {
        return dataset.classNames();
    }

    /** One row per class: label, name, and the number of images in each official split. */
    public Table classCounts() {
        int k = dataset.numClasses();
        int[] train = padded(dataset.train().classCounts(), k);
        int[] val = padded(dataset.val().classCounts(), k);
        int[] test = padded(dataset.test().classCounts(), k);
        return Table.create(dataset.name() + " classes",
                IntColumn.create("label", IntStream.range(0, k).toArray()),
                StringColumn.create("name", dataset.classNames()),
                IntColumn.create("train", train),
                IntColumn.create("val", val),
                IntColumn.create("test", test));
    }

    private static int[] padded(int[] counts, int k) {
        return java.util.Arrays.copyOf(counts, Math.max(k, counts.length));
    }

    /**
     * {@code perClass} training images of every class, one row per class, drawn with {@code seed}:
     * the real 28-pixel images, enlarged without smoothing.
     */
    public ImageGallery samples(int perClass, long seed) {
        if (perClass < 1) {
            throw new IllegalArgumentException("perClass must be at least 1, got " + perClass);
        }
        Random random = new Random(seed);
        ImageSet train = dataset.train();
        List<ImageGallery.Row> rows = new ArrayList<>();
        for (int c = 0; c < dataset.numClasses(); c++) {
            List<Integer> members = new ArrayList<>();
            for (int i = 0; i < train.size(); i++) {
                if (train.label(i) == c) {
                    members.add(i);
                }
            }
            Collections.shuffle(members, random);
            List<UInt8Image> images = members.stream().limit(perClass).map(train::image).toList();
            rows.add(new ImageGallery.Row(label(c, dataset.classNames().get(c)), images, List.of()));
        }
        return new ImageGallery(dataset.name() + ": training images by class", rows, Kys.MEDMNIST_CREDIT);
    }

    /** {@code "2: erythroblast"}, or {@code "class 2"} where the name is only the number (retinamnist's grades). */
    static String label(int value, String name) {
        return name.equals(Integer.toString(value)) ? "class " + value : value + ": " + name;
    }

    /** {@link #samples(int, long)} with seed 0. */
    public ImageGallery samples(int perClass) {
        return samples(perClass, 0);
    }

    /** The default open-set split of this dataset (see {@link OpenSetSplit#defaultFor(MedMnistDataset)}). */
    public SplitView split() {
        return new SplitView(PreparedData.of(dataset, null), dataDir);
    }

    /**
     * The open-set split that holds out the listed classes, e.g. {@code novelClasses("3,4")}; every
     * other class is in-distribution.
     *
     * @throws io.kys.KysException when a class number is not one of this dataset's
     */
    public SplitView novelClasses(String classes) {
        return new SplitView(PreparedData.of(dataset, Objects.requireNonNull(classes, "classes")), dataDir);
    }

    /** Name, image size, split sizes and the class table. */
    @Override
    public DisplayContent toDisplay() {
        String html = "<div><b>" + Html.escape(dataset.name())
                + "</b>: " + dataset.sizes().train() + " train, " + dataset.sizes().val() + " val, "
                + dataset.sizes().test() + " test images of " + dataset.train().height() + "x" + dataset.train().width()
                + " pixels, " + (dataset.channels() == 1 ? "gray" : "RGB") + "</div>\n"
                + TableHtml.of(classCounts());
        return DisplayContent.html(html).with(DisplayContent.TEXT, describe());
    }

    /** A few lines: the summary and the class table as text. */
    public String describe() {
        return dataset.name() + ": " + dataset.sizes().train() + " train, " + dataset.sizes().val() + " val, "
                + dataset.sizes().test() + " test images, " + dataset.numClasses() + " classes\n"
                + classCounts().print();
    }

    @Override
    public String toString() {
        return "DatasetView[" + dataset.name() + "]";
    }
}
