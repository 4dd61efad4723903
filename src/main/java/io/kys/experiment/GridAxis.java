package io.kys.experiment;

import io.kys.ood.OodKind;
import io.kys.report.RadarChart;

/**
 * The three quantities the paper compares protocols on, one radar axis each. A dataset without
 * novel classes (the binary ones) has no novel-class value: NaN, shown as "–".
 */
public enum GridAxis {
    /** Balanced accuracy on the ID test images of the in-classes. */
    BALANCED_ACCURACY(0),
    /** AUROC of ID test vs other datasets, averaged over the modality-shift sets. */
    MODALITY_SHIFT_AUROC(1),
    /** AUROC of ID test vs the dataset's held-out classes. */
    NOVEL_CLASS_AUROC(2);

    private final String label;

    GridAxis(int paperAxis) {
        this.label = RadarChart.PAPER_AXES.get(paperAxis);
    }

    /** The axis name, as on the paper's radar charts ({@link RadarChart#PAPER_AXES}). */
    public String label() {
        return label;
    }

    /**
     * The kind of OOD set this axis averages the AUROC over ({@link OodKind#MODALITY_SHIFT}
     * or {@link OodKind#NOVEL_CLASS}); null for balanced accuracy.
     */
    public OodKind kind() {
        return switch (this) {
            case BALANCED_ACCURACY -> null;
            case MODALITY_SHIFT_AUROC -> OodKind.MODALITY_SHIFT;
            case NOVEL_CLASS_AUROC -> OodKind.NOVEL_CLASS;
        };
    }

    /** This axis's value for one cell (NaN when the cell has no OOD set of the kind). */
    public double of(CellResult cell) {
        return switch (this) {
            case BALANCED_ACCURACY -> cell.idBalancedAccuracy();
            case MODALITY_SHIFT_AUROC, NOVEL_CLASS_AUROC -> cell.meanAuroc(kind());
        };
    }
}
