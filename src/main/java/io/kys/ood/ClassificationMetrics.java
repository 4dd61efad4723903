package io.kys.ood;

import java.util.ArrayList;
import java.util.List;

/**
 * Metrics of the classifier itself, on in-distribution classes {@code 0..k-1}: confusion matrix,
 * balanced accuracy and the one-vs-one weighted multi-class AUC, each as scikit-learn defines it.
 */
public final class ClassificationMetrics {
    private ClassificationMetrics() { }

    /**
     * Counts of (true class, predicted class): row {@code t}, column {@code p}.
     *
     * @param labels true classes in {@code 0..k-1}
     * @param predictions predicted classes in {@code 0..k-1}, same length
     * @param k number of classes
     */
    public static int[][] confusionMatrix(int[] labels, int[] predictions, int k) {
        if (labels.length != predictions.length) {
            throw new IllegalArgumentException(labels.length + " labels but " + predictions.length + " predictions");
        }
        int[][] counts = new int[k][k];
        for (int i = 0; i < labels.length; i++) {
            counts[checkedClass(labels[i], k, "label", i)][checkedClass(predictions[i], k, "prediction", i)]++;
        }
        return counts;
    }

    /**
     * The mean over classes of the recall of each class; classes with no true sample are left out
     * of the mean (scikit-learn's {@code balanced_accuracy_score}).
     *
     * @throws IllegalArgumentException if there are no samples or a class is out of range
     */
    public static double balancedAccuracy(int[] labels, int[] predictions, int k) {
        if (labels.length == 0) {
            throw new IllegalArgumentException("balanced accuracy needs at least one sample");
        }
        int[][] counts = confusionMatrix(labels, predictions, k);
        double sum = 0;
        int present = 0;
        for (int c = 0; c < k; c++) {
            long support = 0;
            for (int p = 0; p < k; p++) {
                support += counts[c][p];
            }
            if (support > 0) {
                sum += counts[c][c] / (double) support;
                present++;
            }
        }
        return sum / present;
    }

    /**
     * Multi-class AUC, one-vs-one with pairs weighted by their share of the samples
     * (scikit-learn's {@code roc_auc_score(multi_class='ovo', average='weighted')}). For each pair
     * of classes (a, b) present in {@code labels}, the samples of a and b are kept; the AUC of
     * column a separating a from b and the AUC of column b separating b from a are averaged. With
     * two columns this is the plain AUC of column 1 when the rows are probabilities. Where a class
     * has no sample, scikit-learn refuses; here the pairs of the present classes are used.
     *
     * @param labels true classes in {@code 0..k-1}
     * @param probabilities one row per sample, one column per class (any scores that rank samples
     *     by class membership; rows need not sum to 1)
     * @return the AUC, or NaN when fewer than two classes have samples (undefined)
     */
    public static double multiclassAuc(int[] labels, double[][] probabilities) {
        if (labels.length != probabilities.length) {
            throw new IllegalArgumentException(labels.length + " labels but " + probabilities.length + " score rows");
        }
        if (labels.length == 0) {
            return Double.NaN;
        }
        int k = probabilities[0].length;
        List<List<Integer>> members = new ArrayList<>();
        for (int c = 0; c < k; c++) {
            members.add(new ArrayList<>());
        }
        for (int i = 0; i < labels.length; i++) {
            if (probabilities[i].length != k) {
                throw new IllegalArgumentException("score row " + i + " has " + probabilities[i].length
                        + " columns, row 0 has " + k);
            }
            members.get(checkedClass(labels[i], k, "label", i)).add(i);
        }
        if (k == 2) {
            return members.get(0).isEmpty() || members.get(1).isEmpty()
                    ? Double.NaN : pairAuc(members.get(1), members.get(0), probabilities, 1);
        }
        double weighted = 0;
        double totalWeight = 0;
        for (int a = 0; a < k; a++) {
            for (int b = a + 1; b < k; b++) {
                if (members.get(a).isEmpty() || members.get(b).isEmpty()) {
                    continue;
                }
                double aucA = pairAuc(members.get(a), members.get(b), probabilities, a);
                double aucB = pairAuc(members.get(b), members.get(a), probabilities, b);
                double weight = (members.get(a).size() + members.get(b).size()) / (double) labels.length;
                weighted += weight * (aucA + aucB) / 2;
                totalWeight += weight;
            }
        }
        return totalWeight == 0 ? Double.NaN : weighted / totalWeight;
    }

    /** AUC of {@code column} separating the {@code positive} rows from the {@code negative} rows. */
    private static double pairAuc(List<Integer> positive, List<Integer> negative, double[][] scores, int column) {
        return RocCurve.of(column(scores, positive, column), column(scores, negative, column)).auc();
    }

    private static double[] column(double[][] scores, List<Integer> rows, int column) {
        double[] values = new double[rows.size()];
        for (int i = 0; i < values.length; i++) {
            values[i] = scores[rows.get(i)][column];
        }
        return values;
    }

    private static int checkedClass(int value, int k, String what, int index) {
        if (value < 0 || value >= k) {
            throw new IllegalArgumentException(what + " " + index + " is class " + value + ", outside 0.." + (k - 1));
        }
        return value;
    }
}
