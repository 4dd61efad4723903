package io.kys.data;

/**
 * Image counts of the three official splits of a dataset.
 *
 * @param train images in the training split
 * @param val images in the validation split
 * @param test images in the test split
 */
public record SplitSizes(int train, int val, int test) {
    /** Rejects negative counts, which can only come from a broken catalog. */
    public SplitSizes {
        if (train < 0 || val < 0 || test < 0) {
            throw new IllegalArgumentException("negative split size " + train + "/" + val + "/" + test);
        }
    }

    /** The count of {@code split}. */
    public int of(Split split) {
        return switch (split) {
            case TRAIN -> train;
            case VAL -> val;
            case TEST -> test;
        };
    }

    /** All images over the three splits. */
    public int total() {
        return train + val + test;
    }

    /** "train/val/test" counts, as tables show them. */
    @Override
    public String toString() {
        return train + "/" + val + "/" + test;
    }
}
