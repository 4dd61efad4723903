package io.kys.ood;

/**
 * Area under the precision-recall curve as scikit-learn's {@code average_precision_score}
 * computes it: the sum over operating points of (recall gained) x (precision there), a step
 * function with no interpolation between points.
 */
final class AveragePrecision {
    private AveragePrecision() { }

    /** Average precision of the positive class of {@code points}. */
    static double of(OperatingPoints points) {
        long[] tp = points.truePositives();
        long[] fp = points.falsePositives();
        double positives = points.positives();
        double sum = 0;
        long previousTp = 0;
        for (int k = 0; k < points.size() && previousTp < points.positives(); k++) {
            if (tp[k] == previousTp) {
                continue;
            }
            double recallGain = tp[k] / positives - previousTp / positives;
            double precision = tp[k] / (double) (tp[k] + fp[k]);
            sum += recallGain * precision;
            previousTp = tp[k];
        }
        return sum;
    }
}
