package io.kys.ood;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The OOD detection metrics of one ID set against one OOD set, ID being the positive class and
 * higher score meaning more in-distribution (the negative energy). Values from {@link #of} equal
 * scikit-learn 1.2's {@code roc_auc_score} and {@code average_precision_score}, ties included; the
 * cost is one sort.
 *
 * @param auroc area under the ROC curve
 * @param auprIn average precision with ID as the positive class
 * @param auprOut average precision with OOD as the positive class (scores negated)
 * @param fprAt95Tpr fraction of OOD samples accepted at the first threshold that accepts 95% of ID
 * @param detectionError the smallest {@code 0.5 * (1 - TPR + FPR)} over thresholds
 */
public record OodMetrics(double auroc, double auprIn, double auprOut, double fprAt95Tpr, double detectionError) {
    /** The TPR at which the false positive rate is reported: 95%, as in the paper. */
    public static final double TPR_LEVEL = 0.95;

    /**
     * All metrics of {@code idScores} against {@code oodScores}.
     *
     * @throws io.kys.KysException if a set is empty or holds a non-finite score
     */
    public static OodMetrics of(double[] idScores, double[] oodScores) {
        SortedScores sorted = SortedScores.of(idScores, oodScores);
        OperatingPoints idPositive = sorted.idPositive();
        RocCurve roc = RocCurve.from(idPositive);
        return new OodMetrics(
                roc.auc(),
                AveragePrecision.of(idPositive),
                AveragePrecision.of(sorted.oodPositive()),
                roc.fprAtTpr(TPR_LEVEL),
                roc.detectionError());
    }

    /**
     * The metrics under their snake_case names, in a fixed order: {@code auroc, aupr_in,
     * aupr_out, fpr_at_95_tpr, detection_error}, the keys of the JSON output and of tables.
     */
    public Map<String, Double> asMap() {
        Map<String, Double> map = new LinkedHashMap<>();
        map.put("auroc", auroc);
        map.put("aupr_in", auprIn);
        map.put("aupr_out", auprOut);
        map.put("fpr_at_95_tpr", fprAt95Tpr);
        map.put("detection_error", detectionError);
        return map;
    }

    /** Human-readable names of the {@link #asMap()} keys, in the same order, for tables and legends. */
    public static Map<String, String> displayNames() {
        Map<String, String> names = new LinkedHashMap<>();
        names.put("auroc", "AUROC");
        names.put("aupr_in", "AUPR-In");
        names.put("aupr_out", "AUPR-Out");
        names.put("fpr_at_95_tpr", "FPR at 95% TPR");
        names.put("detection_error", "Detection error");
        return names;
    }
}
