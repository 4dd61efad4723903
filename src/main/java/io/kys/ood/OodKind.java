package io.kys.ood;

import io.kys.KysException;
import java.util.Arrays;
import java.util.stream.Collectors;

/**
 * What an OOD set is made of, which decides the paper's axis its AUROC counts towards. Files,
 * tables and JSON carry the {@link #label()}, a spelling that results written by earlier versions
 * share, so it must not change.
 */
public enum OodKind {
    /** The dataset's own held-out classes. */
    NOVEL_CLASS("novel-class"),
    /** Another dataset. */
    MODALITY_SHIFT("modality-shift");

    private final String label;

    OodKind(String label) {
        this.label = label;
    }

    /** The spelling in files, tables and JSON: {@code novel-class} or {@code modality-shift}. */
    public String label() {
        return label;
    }

    /**
     * The kind of a {@link #label()}, as read back from a file; the enum name is accepted too,
     * case-insensitively.
     *
     * @throws KysException for anything else, naming the valid labels
     */
    public static OodKind parse(String text) {
        for (OodKind k : values()) {
            if (k.label.equals(text) || k.name().equalsIgnoreCase(text)) {
                return k;
            }
        }
        throw new KysException("unknown OOD set kind '" + text + "'; expected one of "
                + Arrays.stream(values()).map(OodKind::label).collect(Collectors.joining(", ")));
    }

    /** The {@link #label()}, so that string concatenation writes what files hold. */
    @Override
    public String toString() {
        return label;
    }
}
