package io.kys.ood.detect;

/**
 * The shared shape of the detectors that change the network's last layer by a training
 * percentile and then score with the energy of the changed layer (ReAct clips activations, DICE
 * sparsifies weights): the percentile is checked once, the training data are checked before
 * fitting, and samples before scoring.
 */
abstract class PercentileEnergyDetector implements Detector {
    private final String name;
    /** The training percentile, in [0, 100]. */
    protected final double percentile;

    PercentileEnergyDetector(String name, double percentile) {
        this.name = name;
        this.percentile = Require.percentile(name, "percentile", percentile);
    }

    @Override
    public final String name() {
        return name;
    }

    @Override
    public final FittedDetector fit(FitData train) {
        Require.finiteTraining(name, "training feature", train.features());
        Require.finiteHead(name, train);
        LayerChange change = change(train);
        int d = train.dimension();
        return samples -> {
            Matrix features = samples.features();
            Require.dimension(name, d, features);
            Require.finiteSamples(name, "feature", features);
            return change.negativeEnergies(features);
        };
    }

    /** The fitted change of the last layer: scores (negative energies) of sample features. */
    interface LayerChange {
        double[] negativeEnergies(Matrix features);
    }

    /** Fits the change on checked training data. */
    abstract LayerChange change(FitData train);
}
