package io.kys.ood;

/**
 * A receiver operating characteristic curve with ID as the positive class: one point per distinct
 * score (every operating point, as scikit-learn's {@code roc_curve(drop_intermediate=False)}), with
 * a first point at (0, 0). AUROC, FPR at a TPR level and detection error are read off it. The
 * arrays are shared, not copied: do not modify them.
 *
 * @param fpr false positive rates (OOD accepted as ID), non-decreasing, from 0 to 1
 * @param tpr true positive rates (ID accepted), non-decreasing, from 0 to 1
 * @param thresholds score thresholds (accept score {@code >=} threshold), decreasing; the first is
 *     {@code +Infinity} (accept nothing)
 */
public record RocCurve(double[] fpr, double[] tpr, double[] thresholds) {
    /** Second differences below this are rounding, not a bend: a real bend is at least 1/n. */
    private static final double COLLINEAR = 1e-12;

    /** Checks that the three arrays describe one curve. */
    public RocCurve {
        if (fpr.length != tpr.length || fpr.length != thresholds.length || fpr.length < 2) {
            throw new IllegalArgumentException("ROC arrays must have one equal length of at least 2, got "
                    + fpr.length + ", " + tpr.length + ", " + thresholds.length);
        }
    }

    /**
     * The ROC curve of ID scores against OOD scores; higher score means more ID.
     *
     * @throws io.kys.KysException if a set is empty or holds a non-finite score
     */
    public static RocCurve of(double[] idScores, double[] oodScores) {
        return from(SortedScores.of(idScores, oodScores).idPositive());
    }

    /** The curve through all the given operating points. */
    static RocCurve from(OperatingPoints points) {
        int n = points.size() + 1;
        double[] fpr = new double[n];
        double[] tpr = new double[n];
        double[] thresholds = new double[n];
        thresholds[0] = Double.POSITIVE_INFINITY;
        double positives = points.positives();
        double negatives = points.negatives();
        for (int k = 0; k < points.size(); k++) {
            tpr[k + 1] = points.truePositives()[k] / positives;
            fpr[k + 1] = points.falsePositives()[k] / negatives;
            thresholds[k + 1] = points.thresholds()[k];
        }
        return new RocCurve(fpr, tpr, thresholds);
    }

    /**
     * The same curve without the points in the middle of straight segments (scikit-learn's
     * {@code drop_intermediate}): the line drawn and its area are unchanged, and a plot of a large
     * score set stays small. Use it for drawing, not for FPR at a TPR level.
     */
    public RocCurve simplified() {
        int size = fpr.length;
        int[] kept = new int[size];
        int count = 0;
        kept[count++] = 0;
        for (int k = 1; k < size - 1; k++) {
            double bendTpr = tpr[k + 1] - 2 * tpr[k] + tpr[k - 1];
            double bendFpr = fpr[k + 1] - 2 * fpr[k] + fpr[k - 1];
            if (Math.abs(bendTpr) > COLLINEAR || Math.abs(bendFpr) > COLLINEAR) {
                kept[count++] = k;
            }
        }
        kept[count++] = size - 1;
        double[] f = new double[count];
        double[] t = new double[count];
        double[] th = new double[count];
        for (int m = 0; m < count; m++) {
            f[m] = fpr[kept[m]];
            t[m] = tpr[kept[m]];
            th[m] = thresholds[kept[m]];
        }
        return new RocCurve(f, t, th);
    }

    /** Area under the curve by the trapezoidal rule. */
    public double auc() {
        double area = 0;
        for (int k = 1; k < fpr.length; k++) {
            area += (fpr[k] - fpr[k - 1]) * (tpr[k] + tpr[k - 1]) / 2.0;
        }
        return area;
    }

    /**
     * The FPR at the first point, thresholds decreasing, whose TPR reaches {@code tprLevel}.
     *
     * @param tprLevel the TPR to reach, in (0, 1]
     */
    public double fprAtTpr(double tprLevel) {
        return fpr[indexAtTpr(tprLevel)];
    }

    /** The threshold of the first point, thresholds decreasing, whose TPR reaches {@code tprLevel}. */
    public double thresholdAtTpr(double tprLevel) {
        return thresholds[indexAtTpr(tprLevel)];
    }

    private int indexAtTpr(double tprLevel) {
        if (!(tprLevel > 0 && tprLevel <= 1)) {
            throw new IllegalArgumentException("TPR level must be in (0, 1], got " + tprLevel);
        }
        for (int k = 0; k < tpr.length; k++) {
            if (tpr[k] >= tprLevel) {
                return k;
            }
        }
        return tpr.length - 1;
    }

    /** The smallest {@code 0.5 * (1 - TPR + FPR)} over the curve's points, the (0, 0) point included. */
    public double detectionError() {
        double best = Double.POSITIVE_INFINITY;
        for (int k = 0; k < fpr.length; k++) {
            best = Math.min(best, 0.5 * (1 - tpr[k] + fpr[k]));
        }
        return best;
    }
}
