package io.kys.train;

import java.util.Arrays;

/**
 * The margins one step's loss uses. {@link MarginMode#FIXED}: the configured {@code m_in} and
 * {@code m_out}. {@link MarginMode#ADAPTIVE}: the step's own ID batch decides, as
 * {@code m_in = max(m_in, median E(ID))} and {@code m_out = max(m_out, q95 E(ID))}.
 *
 * <p>Why these two quantiles: inliers (latent samples, or the ID batch itself) are asked to be at
 * least as in-distribution as a typical ID image, and outliers to score above 95% of the ID
 * images, which is where a detector working at 95% TPR (the FPR95 operating point) puts its
 * threshold. Both hinges then act at any budget. Taking the larger of each quantile and the
 * paper's value means the margins become exactly the paper's once the network's ID energies have
 * moved below them, as happens with long training. The quantiles come from the batch alone
 * (detached, no running state), so resuming a run stays exact.
 *
 * @param in the inlier margin of this step
 * @param out the outlier margin of this step
 */
record EnergyMargins(double in, double out) {
    /** Median and upper quantile of ID energies used by the adaptive mode. */
    static final double IN_QUANTILE = 0.5;
    static final double OUT_QUANTILE = 0.95;

    /** The margins of a step whose ID batch has energies {@code idEnergies}. */
    static EnergyMargins of(MarginSettings settings, float[] idEnergies) {
        if (settings.mode() == MarginMode.FIXED) {
            return new EnergyMargins(settings.mIn(), settings.mOut());
        }
        float[] sorted = idEnergies.clone();
        Arrays.sort(sorted);
        return new EnergyMargins(Math.max(settings.mIn(), quantile(sorted, IN_QUANTILE)),
                Math.max(settings.mOut(), quantile(sorted, OUT_QUANTILE)));
    }

    /** The {@code q} quantile of sorted values, linear between order statistics (numpy's default). */
    static double quantile(float[] sorted, double q) {
        double pos = q * (sorted.length - 1);
        int lo = (int) Math.floor(pos);
        int hi = Math.min(lo + 1, sorted.length - 1);
        return sorted[lo] + (pos - lo) * (sorted[hi] - sorted[lo]);
    }
}
