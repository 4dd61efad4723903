package io.kys.experiment;

import io.kys.ood.DetectorOutcome;
import io.kys.ood.OodKind;
import io.kys.ood.OodMetrics;
import io.kys.ood.OodSetResult;
import io.kys.ood.detect.EnergyDetector;
import io.kys.train.EpochRecord;
import io.kys.train.Protocol;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The recorded outcome of one grid cell: what was trained, how long it took, and the metrics of
 * its best checkpoint against every OOD set, for each detector it was evaluated with. It is what
 * {@code cells/.../cell.json} holds, and a cell counts as finished once that file exists.
 *
 * <p>A cell of a grid run without {@code --detectors} records no detector ({@code detectors} and
 * each row's {@code detector} are null): it was evaluated with energy only, as cells were before
 * grids had a detector axis, and its file reads as it always did.
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
 * @param ood one row per detector and OOD set, the main (first) detector's rows first
 * @param config the budget's fingerprint ({@link Budget#fingerprint}) the cell was computed with
 * @param detectors the detectors' labels ({@link io.kys.ood.detect.DetectorSpec#label}), main first;
 *     null for energy only
 * @param failures label to reason of the detectors that could not be fitted or could not score; null for none
 */
public record CellResult(String preset, String model, String dataset, Protocol protocol, long seed, int epochs,
                         int bestEpoch, double idBalancedAccuracy, double trainSeconds, double seconds,
                         List<OodRow> ood, Map<String, String> config, List<String> detectors,
                         Map<String, String> failures) {
    /** The label of the one detector of a cell that records none. */
    public static final String DEFAULT_DETECTOR = EnergyDetector.NAME;

    /**
     * The metrics of one OOD set under one detector.
     *
     * @param oodSet name, e.g. {@code breastmnist} or {@code retinamnist-novel}
     * @param kind what the OOD set is made of
     * @param nId number of ID test images
     * @param nOod number of OOD images
     * @param metrics AUROC, AUPR-In, AUPR-Out, FPR95, detection error
     * @param detector the detector's label; null for the energy of a cell that records no detector
     */
    public record OodRow(String oodSet, OodKind kind, int nId, int nOod, OodMetrics metrics, String detector) {
        /** A row of a cell that records no detector. */
        public OodRow(String oodSet, OodKind kind, int nId, int nOod, OodMetrics metrics) {
            this(oodSet, kind, nId, nOod, metrics, null);
        }

        /** The detector's label, {@link #DEFAULT_DETECTOR} when none is recorded. */
        public String detectorLabel() {
            return detector == null ? DEFAULT_DETECTOR : detector;
        }
    }

    /** Copies the lists and maps. */
    public CellResult {
        ood = List.copyOf(ood);
        config = Map.copyOf(config);
        detectors = detectors == null ? null : List.copyOf(detectors);
        failures = failures == null ? null : java.util.Collections.unmodifiableMap(new LinkedHashMap<>(failures));
    }

    /** A cell evaluated with energy only, recording no detector. */
    public CellResult(String preset, String model, String dataset, Protocol protocol, long seed, int epochs,
                      int bestEpoch, double idBalancedAccuracy, double trainSeconds, double seconds,
                      List<OodRow> ood, Map<String, String> config) {
        this(preset, model, dataset, protocol, seed, epochs, bestEpoch, idBalancedAccuracy, trainSeconds, seconds, ood,
                config, null, null);
    }

    /**
     * The result of a cell just trained and evaluated.
     *
     * @param labels the detectors' labels in the order of the run's outcomes, or null for a run
     *     evaluated with energy only and recorded without detectors
     */
    public static CellResult of(GridCell cell, Budget preset, ProtocolRun run, List<String> labels) {
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
        List<OodRow> rows = new ArrayList<>();
        Map<String, String> failures = new LinkedHashMap<>();
        List<DetectorOutcome> outcomes = run.evaluation().detectors();
        for (int d = 0; d < outcomes.size(); d++) {
            DetectorOutcome outcome = outcomes.get(d);
            String label = labels == null ? null : labels.get(d);
            if (outcome.failed()) {
                failures.put(label == null ? outcome.detector() : label, outcome.failure());
            }
            for (OodSetResult r : outcome.results()) {
                rows.add(new OodRow(r.oodSet(), r.kind(), r.idScores().length, r.oodScores().length, r.metrics(), label));
            }
        }
        return new CellResult(preset.name(), preset.base().model(), cell.dataset(), cell.protocol(), cell.seed(),
                run.epochs().size(), best, run.evaluation().idBalancedAccuracy(), trainSeconds, run.seconds(), rows,
                preset.fingerprint(cell.protocol(), cell.seed()), labels, labels == null ? null : failures);
    }

    /** The grid cell this result belongs to. */
    public GridCell cell() {
        return new GridCell(dataset, protocol, seed);
    }

    /** The labels of the detectors the cell was evaluated with, main first ({@link #DEFAULT_DETECTOR} when none is recorded). */
    public List<String> detectorLabels() {
        return detectors == null ? List.of(DEFAULT_DETECTOR) : detectors;
    }

    /** The main detector's label: the one the grid's axes are read from. */
    public String mainDetector() {
        return detectorLabels().get(0);
    }

    /** The rows of one detector, in OOD set order (none for a failed or absent detector). */
    public List<OodRow> rows(String detector) {
        return ood.stream().filter(r -> r.detectorLabel().equals(detector)).toList();
    }

    /** Why a detector failed on this cell, if it did. */
    public Optional<String> failure(String detector) {
        return failures == null ? Optional.empty() : Optional.ofNullable(failures.get(detector));
    }

    /** Names of the OOD sets, in order. */
    public List<String> oodSets() {
        return List.copyOf(new LinkedHashSet<>(ood.stream().map(OodRow::oodSet).toList()));
    }

    /** Mean AUROC of the main detector over the OOD sets of {@code kind}; NaN when there is none. */
    public double meanAuroc(OodKind kind) {
        return meanAuroc(kind, mainDetector());
    }

    /** Mean AUROC of {@code detector} over the OOD sets of {@code kind} (all when null); NaN when there is none. */
    public double meanAuroc(OodKind kind, String detector) {
        return rows(detector).stream().filter(r -> kind == null || r.kind() == kind)
                .mapToDouble(r -> r.metrics().auroc()).average().orElse(Double.NaN);
    }

    /**
     * True when this cell holds every detector of {@code wanted} (labels, main first; null for a
     * grid without detectors, which wants energy only).
     */
    public boolean covers(List<String> wanted) {
        return detectorLabels().containsAll(wanted == null ? List.of(DEFAULT_DETECTOR) : wanted);
    }

    /**
     * This cell as if it had been evaluated with {@code wanted} only (see {@link #covers}): their
     * rows in that order, so the first is the main detector. With {@code wanted} null the result
     * records no detector, as a grid without detectors writes it.
     */
    public CellResult restrictedTo(List<String> wanted) {
        List<String> labels = wanted == null ? List.of(DEFAULT_DETECTOR) : wanted;
        List<OodRow> rows = new ArrayList<>();
        Map<String, String> failed = new LinkedHashMap<>();
        for (String label : labels) {
            for (OodRow r : rows(label)) {
                rows.add(wanted == null ? new OodRow(r.oodSet(), r.kind(), r.nId(), r.nOod(), r.metrics()) : r);
            }
            failure(label).ifPresent(reason -> failed.put(label, reason));
        }
        return new CellResult(preset, model, dataset, protocol, seed, epochs, bestEpoch, idBalancedAccuracy,
                trainSeconds, seconds, rows, config, wanted, wanted == null ? null : failed);
    }
}
