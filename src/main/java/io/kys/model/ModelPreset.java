package io.kys.model;

import io.kys.KysException;
import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * The WideResNet sizes a user can pick by name. {@link #WRN40_2} is the paper's network and the
 * default; the smaller ones trade accuracy for speed on CPUs and in notebooks.
 */
public enum ModelPreset {
    /** The paper's network: depth 40, widen factor 2, dropout 0.3 (about 2.24M parameters). */
    WRN40_2("wrn40_2", 40, 2, 0.3),
    /** A shallower network of the same width: depth 16, widen factor 2, dropout 0.3. */
    WRN16_2("wrn16_2", 16, 2, 0.3),
    /** The smallest preset, for quick CPU runs: depth 16, widen factor 1, dropout 0.3. */
    WRN16_1("wrn16_1", 16, 1, 0.3),
    /** A minimal network for tests and smoke runs: depth 10 (one block per group), widen factor 1. */
    WRN10_1("wrn10_1", 10, 1, 0.3);

    /** The preset used when the user names none. */
    public static final ModelPreset DEFAULT = WRN40_2;

    private final String id;
    // Package-private: the public view of a preset's shape is NetworkSpec, so the layout is
    // described (and documented) in one place.
    final int depth;
    final int widen;
    final double dropout;

    ModelPreset(String id, int depth, int widen, double dropout) {
        this.id = id;
        this.depth = depth;
        this.widen = widen;
        this.dropout = dropout;
    }

    /** The name users type, e.g. {@code wrn40_2}. */
    public String id() {
        return id;
    }

    /** This preset's layout with {@code numClasses} logits: depth, widen factor and dropout. */
    public NetworkSpec network(int numClasses) {
        return NetworkSpec.of(this, numClasses);
    }

    /** Length of the penultimate feature vector (64 times the widen factor). */
    public int featureDim() {
        return WideResNet.featureDim(widen);
    }

    /** Builds an uninitialized network of this preset for {@code numClasses} outputs. */
    public WideResNet newBlock(int numClasses) {
        return NetworkSpec.of(this, numClasses).newBlock();
    }

    /**
     * Finds a preset by its name ({@code wrn40_2}); case and {@code -} versus {@code _} do not
     * matter. {@code wrn}, the reference code's {@code --model_type}, is its default network,
     * WRN-40-2.
     *
     * @throws KysException naming the valid choices when the name is unknown
     */
    public static ModelPreset parse(String name) {
        String wanted = name == null ? "" : name.trim().toLowerCase(Locale.ROOT).replace('-', '_');
        if (wanted.equals("wrn")) {
            return WRN40_2;
        }
        for (ModelPreset preset : values()) {
            if (preset.id.equals(wanted)) {
                return preset;
            }
        }
        throw new KysException("unknown model '" + name + "'; choose one of " + choices());
    }

    /** The valid names, comma separated, for help texts and error messages. */
    public static String choices() {
        return Arrays.stream(values()).map(ModelPreset::id).collect(Collectors.joining(", "));
    }

    @Override
    public String toString() {
        return id;
    }
}
