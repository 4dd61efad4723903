package io.kys.train;

/**
 * The two corrections for class imbalance the reference applies together.
 *
 * @param balancedSampling draw ID batches with weights 1 / class count
 * @param classWeightedLoss weight the cross-entropy of class c by {@code 1 - n_c / N}
 */
public record ImbalanceSettings(boolean balancedSampling, boolean classWeightedLoss) {
    /** Both corrections, as the reference (and so the paper's numbers) used them. */
    public static final ImbalanceSettings PAPER = new ImbalanceSettings(true, true);
}
