package io.kys.ood.detect;

/**
 * Rectified activations: Sun, Guo and Li, "ReAct: Out-of-distribution Detection With Rectified
 * Activations", NeurIPS 2021. Penultimate activations are clipped at {@code c}, the
 * {@code percentile}-th percentile of all training activations (every value of every training
 * feature, linearly interpolated), and the head's energy of the clipped features is the score:
 * {@code logsumexp(min(x, c) W^T + b)}. The paper's default percentile is 90.
 */
public final class ReactDetector extends PercentileEnergyDetector {
    /** Registry name. */
    public static final String NAME = "react";
    /** The paper's percentile. */
    public static final double DEFAULT_PERCENTILE = 90;

    /** ReAct clipping at the {@code percentile}-th (in [0, 100]) training percentile. */
    public ReactDetector(double percentile) {
        super(NAME, percentile);
    }

    @Override
    LayerChange change(FitData train) {
        double clip = Percentile.of(train.features().values(), percentile);
        Matrix weight = train.weight();
        double[] bias = train.bias();
        return features -> {
            double[] clipped = features.toArray();
            for (int i = 0; i < clipped.length; i++) {
                clipped[i] = Math.min(clipped[i], clip);
            }
            return LogitMath.negativeEnergies(new Matrix(features.rows(), features.cols(), clipped).affine(weight, bias));
        };
    }
}
