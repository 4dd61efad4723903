package io.kys.data;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

/**
 * A MedMNIST dataset in memory: its three official splits, the names of its label values, and the
 * file it came from. For a multi-label set (chestmnist) each label is a bit mask of findings: bit
 * {@code j} is set when finding {@code classNames.get(j)} is present.
 *
 * @param name catalog name, or the file name without {@code .npz} for a user's own file
 * @param train training split
 * @param val validation split
 * @param test test split
 * @param classNames name of each label value
 * @param md5 MD5 of the file
 * @param file where it was read from
 */
public record MedMnistDataset(String name, ImageSet train, ImageSet val, ImageSet test,
                              List<String> classNames, String md5, Path file) {
    /** Checks all parts are present and the splits agree in image shape. */
    public MedMnistDataset {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(train, "train");
        Objects.requireNonNull(val, "val");
        Objects.requireNonNull(test, "test");
        classNames = List.copyOf(classNames);
        for (ImageSet s : List.of(val, test)) {
            if (s.height() != train.height() || s.width() != train.width() || s.channels() != train.channels()) {
                throw new IllegalArgumentException(name + ": splits differ in image shape");
            }
        }
    }

    /** The images of one split. */
    public ImageSet split(Split split) {
        return switch (split) {
            case TRAIN -> train;
            case VAL -> val;
            case TEST -> test;
        };
    }

    /** The number of label values. */
    public int numClasses() {
        return classNames.size();
    }

    /** 1 for gray, 3 for RGB. */
    public int channels() {
        return train.channels();
    }

    /** The split sizes. */
    public SplitSizes sizes() {
        return new SplitSizes(train.size(), val.size(), test.size());
    }
}
