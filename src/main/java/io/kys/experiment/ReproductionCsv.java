package io.kys.experiment;

import io.kys.ood.OodResult;
import java.util.List;

/**
 * {@code results.csv} of a reproduction: one row per dataset, protocol, seed and OOD set, with
 * every OOD metric, the ID balanced accuracy and the wall time, as fractions and seconds
 * (no rounding). Empty cells stand for values that do not exist.
 */
public final class ReproductionCsv {
    /** The header line. */
    public static final String HEADER = "preset,model,dataset,protocol,seed,ood_set,kind,n_id,n_ood,auroc,aupr_in,"
            + "aupr_out,fpr_at_95_tpr,detection_error,balanced_accuracy,epochs,best_epoch,train_seconds,cell_seconds";

    private ReproductionCsv() { }

    /** The whole file, header included, rows in the order of {@code cells} and their OOD sets. */
    public static String of(List<CellResult> cells) {
        StringBuilder csv = new StringBuilder(HEADER).append('\n');
        for (CellResult c : cells) {
            for (CellResult.OodRow r : c.ood()) {
                OodResult m = r.metrics();
                csv.append(String.join(",", c.preset(), c.model(), c.dataset(), c.protocol().cliName(),
                        Long.toString(c.seed()), r.oodSet(), r.kind(), Integer.toString(r.nId()),
                        Integer.toString(r.nOod()), num(m.auroc()), num(m.auprIn()), num(m.auprOut()),
                        num(m.fprAt95Tpr()), num(m.detectionError()), num(c.idBalancedAccuracy()),
                        Integer.toString(c.epochs()), Integer.toString(c.bestEpoch()), num(c.trainSeconds()),
                        num(c.seconds()))).append('\n');
            }
        }
        return csv.toString();
    }

    private static String num(double v) {
        return Double.isNaN(v) ? "" : Double.toString(v);
    }
}
