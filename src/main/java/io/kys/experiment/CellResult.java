package io.kys.experiment;

import io.kys.ood.DetectionResult;
import io.kys.ood.OodResult;
import io.kys.train.EpochRecord;
import io.kys.train.Protocol;
import java.util.List;
import java.util.Map;

/**
 * The recorded outcome of one grid cell: what was trained, how long it took, and the metrics of
 * its best checkpoint against every OOD set. It is what {@code cells/.../cell.json} holds, and a
 * cell counts as finished once that file exists.
 *
 * @param preset name of the budget
 * @param model model preset
 * @param dataset ID dataset
 * @param protocol protocol
 * @param seed seed
 * @param epochs epochs trained (resumed ones included)
 * @param bestEpoch the epoch whose checkpoint was evaluated (best validation balanced accuracy)
 * @param idBalancedAccuracy balanced accuracy on the ID test images
 * @param trainSeconds wall time of all epochs, summed over resumptions
 * @param seconds wall time of the cell's last invocation (training still to do plus evaluation)
 * @param ood one row per OOD set
 * @param config the budget's fingerprint ({@link Budget#fingerprint}) the cell was computed with
 */
public record CellResult(String preset, String model, String dataset, Protocol protocol, long seed, int epochs,
                         int bestEpoch, double idBalancedAccuracy, double trainSeconds, double seconds,
                         List<OodRow> ood, Map<String, String> config) {
    /**
     * The metrics of one OOD set.
     *
     * @param oodSet name, e.g. {@code breastmnist} or {@code retinamnist-novel}
     * @param kind {@link DetectionResult#NOVEL_CLASS} or {@link DetectionResult#MODALITY_SHIFT}
     * @param nId number of ID test images
     * @param nOod number of OOD images
     * @param metrics AUROC, AUPR-In, AUPR-Out, FPR95, detection error
     */
    public record OodRow(String oodSet, String kind, int nId, int nOod, OodResult metrics) { }

    /** Copies the list and the map. */
    public CellResult {
        ood = List.copyOf(ood);
        config = Map.copyOf(config);
    }

    /** The result of a cell just trained and evaluated. */
    public static CellResult of(GridCell cell, Budget preset, ProtocolRun run) {
        int best = 0;
        double bestAcc = Double.NEGATIVE_INFINITY;
        double trainSeconds = 0;
        // The trainer keeps the first epoch reaching the best accuracy; so does this.
        for (EpochRecord e : run.epochs()) {
            trainSeconds += e.seconds();
            if (e.valBalancedAccuracy() > bestAcc) {
                bestAcc = e.valBalancedAccuracy();
                best = e.epoch();
            }
        }
        List<OodRow> rows = run.evaluation().results().stream()
                .map(r -> new OodRow(r.oodSet(), r.kind(), r.idScores().length, r.oodScores().length, r.metrics()))
                .toList();
        return new CellResult(preset.name(), preset.base().model(), cell.dataset(), cell.protocol(), cell.seed(),
                run.epochs().size(), best, run.evaluation().idBalancedAccuracy(), trainSeconds, run.seconds(), rows,
                preset.fingerprint(cell.protocol(), cell.seed()));
    }

    /** The grid cell this result belongs to. */
    public GridCell cell() {
        return new GridCell(dataset, protocol, seed);
    }

    /** Names of the OOD sets, in order. */
    public List<String> oodSets() {
        return ood.stream().map(OodRow::oodSet).toList();
    }

    /** Mean AUROC over the OOD sets of {@code kind}; NaN when there is none. */
    public double meanAuroc(String kind) {
        return ood.stream().filter(r -> r.kind().equals(kind)).mapToDouble(r -> r.metrics().auroc())
                .average().orElse(Double.NaN);
    }
}
