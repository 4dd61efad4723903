package io.kys.train;

/**
 * The energy-margin term of the loss:
 * {@code beta * (mean(relu(E(in) - m_in)^2) + mean(relu(m_out - E(out))^2))} with
 * {@code E(x) = -T logsumexp(logits / T)}.
 *
 * @param mode fixed margins, or margins that follow the ID energies ({@link MarginMode})
 * @param mIn energy margin for inliers (with {@link MarginMode#ADAPTIVE}: its floor)
 * @param mOut energy margin for outliers (with {@link MarginMode#ADAPTIVE}: its floor)
 * @param temperature energy temperature T, positive
 * @param beta weight of the margin term, at least 0
 */
public record MarginSettings(MarginMode mode, double mIn, double mOut, double temperature, double beta) {
    /** The paper's loss: fixed margins -20 and -7, T = 1, beta = 0.1. */
    public static final MarginSettings PAPER = new MarginSettings(MarginMode.FIXED, -20, -7, 1, 0.1);

    /** Rejects settings that give no loss, naming the value at fault. */
    public MarginSettings {
        TrainConfig.require(mode != null, "a margin mode is required");
        TrainConfig.require(temperature > 0, "temperature T must be positive, got " + temperature);
        TrainConfig.require(beta >= 0, "beta must be >= 0, got " + beta);
        TrainConfig.require(mIn < mOut, "m_in (" + mIn + ") must be below m_out (" + mOut + ")");
    }
}
