package io.kys.ood;

import io.kys.KysException;
import java.util.Arrays;

/**
 * Validated, sorted copies of an ID and an OOD score set: every metric is read off these in one
 * linear walk, so a full evaluation costs one sort.
 */
final class SortedScores {
    private final double[] idAscending;
    private final double[] oodAscending;

    private SortedScores(double[] idAscending, double[] oodAscending) {
        this.idAscending = idAscending;
        this.oodAscending = oodAscending;
    }

    /** Checks that both sets are non-empty and finite, then sorts copies of them. */
    static SortedScores of(double[] idScores, double[] oodScores) {
        double[] id = checkedCopy(idScores, "ID");
        double[] ood = checkedCopy(oodScores, "OOD");
        Arrays.sort(id);
        Arrays.sort(ood);
        return new SortedScores(id, ood);
    }

    private static double[] checkedCopy(double[] scores, String which) {
        if (scores == null || scores.length == 0) {
            throw new KysException("OOD metrics need at least one " + which + " score, got none");
        }
        for (int i = 0; i < scores.length; i++) {
            if (!Double.isFinite(scores[i])) {
                throw new KysException(which + " score " + i + " is " + scores[i] + "; scores must be finite numbers");
            }
        }
        return scores.clone();
    }

    /** Operating points with ID as the positive class and higher score meaning more ID. */
    OperatingPoints idPositive() {
        return OperatingPoints.fromSorted(idAscending, oodAscending);
    }

    /** Operating points with OOD as the positive class and the scores negated. */
    OperatingPoints oodPositive() {
        return OperatingPoints.fromSorted(negatedReversed(oodAscending), negatedReversed(idAscending));
    }

    private static double[] negatedReversed(double[] ascending) {
        double[] out = new double[ascending.length];
        for (int i = 0; i < ascending.length; i++) {
            out[i] = -ascending[ascending.length - 1 - i];
        }
        return out;
    }
}
