package io.kys.ood;

/**
 * Cumulative true and false positive counts at every distinct score, thresholds descending: the
 * points where a detector's decision can change. Ties share one point, so a tie between a
 * positive and a negative becomes a diagonal step of the curve, as in scikit-learn.
 *
 * @param truePositives positives with score {@code >= thresholds[k]}
 * @param falsePositives negatives with score {@code >= thresholds[k]}
 * @param thresholds the distinct scores, strictly decreasing
 * @param positives number of positives
 * @param negatives number of negatives
 */
record OperatingPoints(long[] truePositives, long[] falsePositives, double[] thresholds,
                       long positives, long negatives) {

    /**
     * Walks two ascending score arrays from the top, merging them into operating points.
     *
     * @param positivesAscending scores of the positive class, sorted ascending
     * @param negativesAscending scores of the negative class, sorted ascending
     */
    static OperatingPoints fromSorted(double[] positivesAscending, double[] negativesAscending) {
        int capacity = positivesAscending.length + negativesAscending.length;
        long[] tp = new long[capacity];
        long[] fp = new long[capacity];
        double[] thresholds = new double[capacity];
        int i = positivesAscending.length - 1;
        int j = negativesAscending.length - 1;
        long tpCount = 0;
        long fpCount = 0;
        int k = 0;
        while (i >= 0 || j >= 0) {
            double level;
            if (i < 0) {
                level = negativesAscending[j];
            } else if (j < 0) {
                level = positivesAscending[i];
            } else {
                level = Math.max(positivesAscending[i], negativesAscending[j]);
            }
            // == (not Double.compare) so that -0.0 and 0.0 form one tie group, as numpy's diff does.
            while (i >= 0 && positivesAscending[i] == level) {
                tpCount++;
                i--;
            }
            while (j >= 0 && negativesAscending[j] == level) {
                fpCount++;
                j--;
            }
            tp[k] = tpCount;
            fp[k] = fpCount;
            thresholds[k] = level;
            k++;
        }
        return new OperatingPoints(java.util.Arrays.copyOf(tp, k), java.util.Arrays.copyOf(fp, k),
                java.util.Arrays.copyOf(thresholds, k), positivesAscending.length, negativesAscending.length);
    }

    /** Number of points. */
    int size() {
        return thresholds.length;
    }
}
