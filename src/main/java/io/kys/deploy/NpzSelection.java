package io.kys.deploy;

import io.kys.KysException;
import java.util.List;
import java.util.Locale;

/** Which image arrays of a {@code .npz} archive batch scoring reads. */
public enum NpzSelection {
    /** {@code test_images} (or a lone {@code images} array): the split a run is evaluated on. */
    TEST(List.of("test_images", "images")),
    /** Every split, {@code train_images}, {@code val_images}, {@code test_images}, in that order (or {@code images}). */
    ALL(List.of("train_images", "val_images", "test_images", "images"));

    private final List<String> arrays;

    NpzSelection(List<String> arrays) {
        this.arrays = arrays;
    }

    /** The array names looked for, in reading order. */
    public List<String> arrays() {
        return arrays;
    }

    /** Parses {@code test} or {@code all}. */
    public static NpzSelection parse(String text) {
        return switch (text.strip().toLowerCase(Locale.ROOT)) {
            case "test" -> TEST;
            case "all" -> ALL;
            default -> throw new KysException("unknown .npz selection '" + text + "'; choose test or all");
        };
    }
}
