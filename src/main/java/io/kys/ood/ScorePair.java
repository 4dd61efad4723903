package io.kys.ood;

import java.util.Objects;

/**
 * The scores of one named test pair: an ID set and an OOD set scored by the same detector (for
 * example "bloodmnist vs dermamnist"), the unit the reference writes as
 * {@code scores_energy_In.txt} / {@code scores_energy_Out.txt}. Arrays are shared, not copied.
 *
 * @param name label of the pair, shown in legends and tables
 * @param id ID scores, higher meaning more in-distribution
 * @param ood OOD scores on the same scale
 */
public record ScorePair(String name, double[] id, double[] ood) {
    /** Checks that no part is missing. */
    public ScorePair {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(ood, "ood");
    }

    /** The OOD metrics of this pair. */
    public OodMetrics metrics() {
        return OodMetrics.of(id, ood);
    }
}
