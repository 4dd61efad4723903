package io.kys.experiment;

import io.kys.ood.OodKind;
import io.kys.ood.OodMetrics;
import io.kys.train.Protocol;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import java.util.function.ToDoubleFunction;

/**
 * The finished cells of a grid arranged for reading: values of one dataset and protocol by seed,
 * their across-seed statistics, and paired comparisons of {@code ours} with the other protocols.
 * Datasets and protocols keep the order in which the cells were given.
 */
public final class GridSummary {
    private final Map<GridCell, CellResult> cells = new LinkedHashMap<>();
    private final List<String> datasets = new ArrayList<>();
    private final List<Protocol> protocols = new ArrayList<>();
    private final List<Long> seeds;

    /** Arranges {@code results}; a later result of the same cell replaces an earlier one. */
    public GridSummary(List<CellResult> results) {
        TreeSet<Long> s = new TreeSet<>();
        for (CellResult r : results) {
            cells.put(r.cell(), r);
            if (!datasets.contains(r.dataset())) {
                datasets.add(r.dataset());
            }
            if (!protocols.contains(r.protocol())) {
                protocols.add(r.protocol());
            }
            s.add(r.seed());
        }
        seeds = List.copyOf(s);
    }

    /** The datasets, in order. */
    public List<String> datasets() {
        return List.copyOf(datasets);
    }

    /** The protocols, in order. */
    public List<Protocol> protocols() {
        return List.copyOf(protocols);
    }

    /** The seeds, ascending. */
    public List<Long> seeds() {
        return seeds;
    }

    /** The result of one cell, if finished. */
    public Optional<CellResult> cell(String dataset, Protocol protocol, long seed) {
        return Optional.ofNullable(cells.get(new GridCell(dataset, protocol, seed)));
    }

    /** The OOD sets of a dataset's cells, in the order of its first cell. */
    public List<String> oodSets(String dataset) {
        return cells.values().stream().filter(c -> c.dataset().equals(dataset)).findFirst()
                .map(CellResult::oodSets).orElse(List.of());
    }

    /** The kind of a dataset's OOD set (empty when no cell has it). */
    public Optional<OodKind> kind(String dataset, String oodSet) {
        return cells.values().stream().filter(c -> c.dataset().equals(dataset)).flatMap(c -> c.ood().stream())
                .filter(r -> r.oodSet().equals(oodSet)).map(CellResult.OodRow::kind).findFirst();
    }

    /** True when a dataset's cells are evaluated against its own novel classes. */
    public boolean hasNovelClasses(String dataset) {
        return cells.values().stream().filter(c -> c.dataset().equals(dataset)).findFirst()
                .map(c -> c.ood().stream().anyMatch(r -> r.kind() == OodKind.NOVEL_CLASS)).orElse(false);
    }

    /** An axis's value by seed (in {@link #seeds()} order; NaN for a missing cell). */
    public double[] values(String dataset, Protocol protocol, GridAxis axis) {
        return bySeed(dataset, protocol, axis::of);
    }

    /** One metric of one OOD set under the main detector by seed (NaN where a cell or the set is missing). */
    public double[] values(String dataset, Protocol protocol, String oodSet, ToDoubleFunction<OodMetrics> metric) {
        return bySeed(dataset, protocol, c -> c.rows(c.mainDetector()).stream().filter(r -> r.oodSet().equals(oodSet)).findFirst()
                .map(r -> metric.applyAsDouble(r.metrics())).orElse(Double.NaN));
    }

    /** Across-seed statistics of an axis. */
    public SeedStats stats(String dataset, Protocol protocol, GridAxis axis) {
        return SeedStats.of(values(dataset, protocol, axis));
    }

    /** True when the cells were evaluated with chosen detectors, which then form an axis of their own. */
    public boolean hasDetectorAxis() {
        return cells.values().stream().anyMatch(c -> c.detectors() != null);
    }

    /** The detectors' labels, main first, as the first cell records them. */
    public List<String> detectors() {
        return cells.values().stream().findFirst().map(CellResult::detectorLabels).orElse(List.of());
    }

    /**
     * Across-seed statistics of one detector's mean AUROC over a dataset's OOD sets of {@code kind}
     * (all sets when null); no value where it failed.
     */
    public SeedStats detectorAuroc(String dataset, Protocol protocol, String detector, OodKind kind) {
        return SeedStats.of(bySeed(dataset, protocol, c -> c.meanAuroc(kind, detector)));
    }

    /** Every detector that failed on a cell, as "dataset protocol seed s, detector: reason", in grid order. */
    public List<String> failures() {
        List<String> out = new ArrayList<>();
        for (CellResult c : cells.values()) {
            for (String d : c.detectorLabels()) {
                c.failure(d).ifPresent(reason -> out.add(c.cell().label() + ", " + d + ": " + reason));
            }
        }
        return out;
    }

    /** Across-seed statistics of the wall time of a dataset's cells under one protocol. */
    public SeedStats seconds(String dataset, Protocol protocol) {
        return SeedStats.of(bySeed(dataset, protocol, CellResult::seconds));
    }

    /**
     * {@code first} against {@code second} on one axis, seed by seed; empty when either protocol
     * is not in the grid.
     */
    public Optional<PairedComparison> paired(String dataset, GridAxis axis, Protocol first, Protocol second) {
        if (!protocols.contains(first) || !protocols.contains(second)) {
            return Optional.empty();
        }
        return Optional.of(PairedComparison.of(values(dataset, first, axis), values(dataset, second, axis)));
    }

    /** The protocol with the highest mean on an axis for a dataset (empty when no protocol has a value). */
    public Optional<Protocol> best(String dataset, GridAxis axis) {
        Protocol best = null;
        double top = Double.NEGATIVE_INFINITY;
        for (Protocol p : protocols) {
            double m = stats(dataset, p, axis).mean();
            if (!Double.isNaN(m) && m > top) {
                top = m;
                best = p;
            }
        }
        return Optional.ofNullable(best);
    }

    private double[] bySeed(String dataset, Protocol protocol, ToDoubleFunction<CellResult> f) {
        double[] v = new double[seeds.size()];
        Arrays.fill(v, Double.NaN);
        for (int i = 0; i < v.length; i++) {
            CellResult c = cells.get(new GridCell(dataset, protocol, seeds.get(i)));
            if (c != null) {
                v[i] = f.applyAsDouble(c);
            }
        }
        return v;
    }
}
