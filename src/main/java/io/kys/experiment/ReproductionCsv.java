package io.kys.experiment;

import io.kys.ood.OodMetrics;
import java.util.List;
import java.util.Map;

/**
 * {@code results.csv} of a reproduction: one row per dataset, protocol, seed and OOD set, with
 * every OOD metric, the ID balanced accuracy and the wall time, as fractions and seconds
 * (no rounding). Empty cells stand for values that do not exist. A grid with a detector axis has
 * one row per detector too, in a {@code detector} column, and a row with its reason in
 * {@code failure} for each detector that failed on a cell.
 */
public final class ReproductionCsv {
    /** The header line. */
    public static final String HEADER = "preset,model,dataset,protocol,seed,ood_set,kind,n_id,n_ood,auroc,aupr_in,"
            + "aupr_out,fpr_at_95_tpr,detection_error,balanced_accuracy,epochs,best_epoch,train_seconds,cell_seconds";
    /** The header line of a grid with a detector axis. */
    public static final String DETECTOR_HEADER = "preset,model,dataset,protocol,seed,detector,ood_set,kind,n_id,n_ood,"
            + "auroc,aupr_in,aupr_out,fpr_at_95_tpr,detection_error,balanced_accuracy,epochs,best_epoch,train_seconds,"
            + "cell_seconds,failure";
    /** Fields of {@link #setFields}: the OOD set, its kind, both counts and the five metrics. */
    private static final int SET_FIELDS = 9;

    private ReproductionCsv() { }

    /** The whole file, header included, rows in the order of {@code cells} and their OOD sets. */
    public static String of(List<CellResult> cells) {
        StringBuilder csv = new StringBuilder(HEADER).append('\n');
        for (CellResult c : cells) {
            for (CellResult.OodRow r : c.ood()) {
                csv.append(cellKey(c)).append(',').append(setFields(r)).append(',').append(cellFields(c)).append('\n');
            }
        }
        return csv.toString();
    }

    /** The file of a grid with a detector axis: {@link #DETECTOR_HEADER}, rows by cell, detector and OOD set. */
    public static String withDetectors(List<CellResult> cells) {
        StringBuilder csv = new StringBuilder(DETECTOR_HEADER).append('\n');
        for (CellResult c : cells) {
            Map<String, String> failures = c.failures() == null ? Map.of() : c.failures();
            for (String detector : c.detectorLabels()) {
                for (CellResult.OodRow r : c.rows(detector)) {
                    csv.append(cellKey(c)).append(',').append(detector).append(',').append(setFields(r)).append(',')
                            .append(cellFields(c)).append(",\n");
                }
                if (failures.containsKey(detector)) {
                    csv.append(cellKey(c)).append(',').append(detector).append(",".repeat(SET_FIELDS + 1))
                            .append(cellFields(c)).append(',').append(ResultFiles.quoted(failures.get(detector)))
                            .append('\n');
                }
            }
        }
        return csv.toString();
    }

    private static String cellKey(CellResult c) {
        return String.join(",", c.preset(), c.model(), c.dataset(), c.protocol().cliName(), Long.toString(c.seed()));
    }

    private static String setFields(CellResult.OodRow r) {
        OodMetrics m = r.metrics();
        return String.join(",", r.oodSet(), r.kind().label(), Integer.toString(r.nId()), Integer.toString(r.nOod()),
                num(m.auroc()), num(m.auprIn()), num(m.auprOut()), num(m.fprAt95Tpr()), num(m.detectionError()));
    }

    private static String cellFields(CellResult c) {
        return String.join(",", num(c.idBalancedAccuracy()), Integer.toString(c.epochs()),
                Integer.toString(c.bestEpoch()), num(c.trainSeconds()), num(c.seconds()));
    }

    private static String num(double v) {
        return Double.isNaN(v) ? "" : Double.toString(v);
    }
}
