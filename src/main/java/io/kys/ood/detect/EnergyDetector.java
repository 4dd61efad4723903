package io.kys.ood.detect;

/**
 * Negative free energy, {@code T * log sum_k exp(z_k / T)}: Liu, Wang, Owens and Li,
 * "Energy-based Out-of-distribution Detection", NeurIPS 2020. The score the paper's training
 * protocols shape; the paper's default temperature is 1.
 */
public final class EnergyDetector extends LogitDetector {
    /** Registry name. */
    public static final String NAME = "energy";
    /** The paper's temperature. */
    public static final double DEFAULT_TEMPERATURE = 1;

    private final double temperature;

    /** Energy at temperature {@code temperature} (> 0). */
    public EnergyDetector(double temperature) {
        this.temperature = Require.positive(NAME, "T", temperature);
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    protected double score(double[] logits, int offset, int classes) {
        return LogitMath.negativeEnergy(logits, offset, classes, temperature);
    }
}
