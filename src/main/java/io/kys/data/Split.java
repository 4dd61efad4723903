package io.kys.data;

import java.util.Locale;

/** The three official splits of a MedMNIST archive, in the order the archives list them. */
public enum Split {
    /** Training images. */
    TRAIN,
    /** Validation images. */
    VAL,
    /** Test images. */
    TEST;

    /** The prefix of this split's arrays in an archive ("train", "val", "test"). */
    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The archive entry holding this split's images, e.g. {@code train_images}. */
    public String imagesEntry() {
        return key() + "_images";
    }

    /** The archive entry holding this split's labels, e.g. {@code train_labels}. */
    public String labelsEntry() {
        return key() + "_labels";
    }
}
