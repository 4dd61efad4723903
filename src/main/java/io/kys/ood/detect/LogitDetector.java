package io.kys.ood.detect;

/**
 * A detector that scores each sample from its logits alone and learns nothing from the training
 * split: subclasses only say how one row of logits becomes a score.
 */
public abstract class LogitDetector implements TrainingFreeDetector {
    /** For subclasses. */
    protected LogitDetector() { }

    /** Scores from the logits alone, whatever the training split. */
    @Override
    public final FittedDetector scorer() {
        return this::scoreAll;
    }

    private double[] scoreAll(Samples samples) {
        Matrix logits = samples.logits();
        Require.finiteSamples(name(), "logit", logits);
        double[] z = logits.values();
        int c = logits.cols();
        double[] scores = new double[logits.rows()];
        for (int i = 0; i < scores.length; i++) {
            scores[i] = score(z, i * c, c);
        }
        return scores;
    }

    /**
     * The score of one sample, higher meaning more in-distribution.
     *
     * @param logits an array holding the sample's logits at {@code offset .. offset+classes}
     */
    protected abstract double score(double[] logits, int offset, int classes);
}
