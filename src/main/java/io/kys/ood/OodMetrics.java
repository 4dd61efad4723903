package io.kys.ood;

/**
 * OOD detection metrics from two score sets, ID as the positive class and higher score meaning
 * more in-distribution (the negative energy). Values equal scikit-learn 1.2's
 * {@code roc_auc_score} and {@code average_precision_score}, ties included; the cost is one sort.
 */
public final class OodMetrics {
    /** The TPR at which the false positive rate is reported: 95%, as in the paper. */
    public static final double TPR_LEVEL = 0.95;

    private OodMetrics() { }

    /**
     * All metrics of {@code idScores} against {@code oodScores}.
     *
     * @throws io.kys.KysException if a set is empty or holds a non-finite score
     */
    public static OodResult compute(double[] idScores, double[] oodScores) {
        SortedScores sorted = SortedScores.of(idScores, oodScores);
        OperatingPoints idPositive = sorted.idPositive();
        RocCurve roc = RocCurve.from(idPositive);
        return new OodResult(
                roc.auc(),
                AveragePrecision.of(idPositive),
                AveragePrecision.of(sorted.oodPositive()),
                roc.fprAtTpr(TPR_LEVEL),
                roc.detectionError());
    }
}
