package io.kys.ood.detect;

/**
 * Directed sparsification of the head: Sun and Li, "DICE: Leveraging Sparsification for
 * Out-of-Distribution Detection", ECCV 2022. Each weight's contribution on the training split is
 * {@code V = W * mean_train(x)} (element-wise, C x D); weights whose contribution is not above the
 * {@code percentile}-th percentile of all of V are set to zero, and the score is the energy of the
 * sparsified head, {@code logsumexp(x (M * W)^T + b)}. The paper's default for CIFAR is the 90th
 * percentile (it used 70 for ImageNet).
 */
public final class DiceDetector extends PercentileEnergyDetector {
    /** Registry name. */
    public static final String NAME = "dice";
    /** The paper's sparsity percentile (CIFAR). */
    public static final double DEFAULT_PERCENTILE = 90;

    /** DICE keeping the weights whose contribution is above the {@code percentile}-th (in [0, 100]) percentile. */
    public DiceDetector(double percentile) {
        super(NAME, percentile);
    }

    @Override
    LayerChange change(FitData train) {
        double[] mean = train.features().columnMeans();
        double[] w = train.weight().values();
        int d = train.dimension();
        double[] contribution = new double[w.length];
        for (int i = 0; i < w.length; i++) {
            contribution[i] = w[i] * mean[i % d];
        }
        double threshold = Percentile.of(contribution, percentile);
        double[] sparse = new double[w.length];
        for (int i = 0; i < w.length; i++) {
            sparse[i] = contribution[i] > threshold ? w[i] : 0;
        }
        Matrix head = new Matrix(train.classes(), d, sparse);
        double[] bias = train.bias();
        return features -> LogitMath.negativeEnergies(features.affine(head, bias));
    }
}
