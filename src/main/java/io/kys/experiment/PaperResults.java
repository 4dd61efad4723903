package io.kys.experiment;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What the paper reports, read off its published radar charts: per ID dataset the best method's
 * balanced accuracy, modality-shift AUROC and novel-class AUROC, in percent. These are the only
 * paper numbers the reports compare against; they are the best of its methods per axis, not
 * necessarily the numbers of its own protocol.
 */
public final class PaperResults {
    private static final Map<String, double[]> BEST = new LinkedHashMap<>();

    static {
        BEST.put("bloodmnist", new double[] {97.4, 99.7, 89.2});
        BEST.put("pathmnist", new double[] {99.7, 98.9, 71.7});
        BEST.put("dermamnist", new double[] {61.4, 96.6, 75.6});
        BEST.put("tissuemnist", new double[] {69.5, 96.6, 83.4});
        BEST.put("octmnist", new double[] {97.1, 99.6, 78.9});
        BEST.put("organamnist", new double[] {99.9, 99.7, 98.1});
        BEST.put("organsmnist", new double[] {98.6, 98.2, 94.0});
        BEST.put("organcmnist", new double[] {99.0, 99.1, 97.5});
    }

    private PaperResults() { }

    /** The paper's eight ID datasets, in the order of its table. */
    public static List<String> datasets() {
        return List.copyOf(BEST.keySet());
    }

    /** The paper's best value (percent) on an axis for a dataset; empty for a dataset the paper did not use. */
    public static Optional<Double> best(String dataset, GridAxis axis) {
        double[] v = BEST.get(dataset);
        return v == null ? Optional.empty() : Optional.of(v[axis.ordinal()]);
    }
}
