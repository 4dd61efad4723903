package io.kys.experiment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.kys.ood.OodKind;
import io.kys.ood.OodMetrics;
import io.kys.train.Protocol;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tech.tablesaw.api.Table;

/** Tables, Markdown and CSV of a grid, from hand-made cell results (no training). */
class ReproductionTablesTest {
    private static CellResult cell(String dataset, Protocol p, long seed, double bacc, double novel, double... shift) {
        List<CellResult.OodRow> rows = new ArrayList<>();
        if (!Double.isNaN(novel)) {
            rows.add(new CellResult.OodRow(dataset + "-novel", OodKind.NOVEL_CLASS, 100, 20,
                    new OodMetrics(novel, 0.9, 0.3, 0.5, 0.2)));
        }
        for (int i = 0; i < shift.length; i++) {
            rows.add(new CellResult.OodRow("other" + i, OodKind.MODALITY_SHIFT, 100, 50,
                    new OodMetrics(shift[i], 0.8, 0.7, 0.4, 0.1)));
        }
        return new CellResult("tiny", "wrn10_1", dataset, p, seed, 2, 2, bacc, 10, 12, rows, Map.of());
    }

    private static List<CellResult> grid() {
        List<CellResult> cells = new ArrayList<>();
        for (long s = 0; s < 3; s++) {
            cells.add(cell("retinamnist", Protocol.BASELINE, s, 0.50 + 0.01 * s, 0.60, 0.70, 0.72));
            // ours wins every seed on modality shift by 0.10, 0.11, 0.12
            cells.add(cell("retinamnist", Protocol.OURS, s, 0.49, 0.62 - 0.03 * s, 0.80 + 0.01 * s, 0.82 + 0.01 * s));
            cells.add(cell("breastmnist", Protocol.BASELINE, s, 0.7, Double.NaN, 0.9, 0.9));
            cells.add(cell("breastmnist", Protocol.OURS, s, 0.8, Double.NaN, 0.95, 0.97));
        }
        return cells;
    }

    @Test
    void meansTableHasOneRowPerDatasetAndProtocolAndDashesForMissingNovelClasses() {
        GridSummary s = new GridSummary(grid());
        assertEquals(List.of("retinamnist", "breastmnist"), s.datasets());
        assertEquals(List.of(0L, 1L, 2L), s.seeds());
        Table t = GridTables.means(s);
        assertEquals(4, t.rowCount());
        // retinamnist ours modality shift: mean over sets per seed = 0.81, 0.82, 0.83
        assertEquals("82.0 ± 1.0", t.stringColumn("modality-shift AUROC").get(1));
        assertEquals("–", t.stringColumn("novel-class AUROC").get(2));
        assertTrue(s.hasNovelClasses("retinamnist") && !s.hasNovelClasses("breastmnist"));
        assertEquals(Protocol.OURS, s.best("retinamnist", GridAxis.MODALITY_SHIFT_AUROC).orElseThrow());
    }

    @Test
    void pairedTableComparesOursSeedBySeedAndSkipsAxesWithoutValues() {
        Table t = GridTables.paired(new GridSummary(grid()));
        // retinamnist: 3 axes; breastmnist: no novel-class axis.
        assertEquals(5, t.rowCount());
        int row = t.stringColumn("axis").indexOf("modality-shift AUROC");
        assertEquals("retinamnist", t.stringColumn("dataset").get(row));
        assertEquals("+11.0", t.stringColumn("mean difference (pp)").get(row));
        assertEquals("+++", t.stringColumn("signs by seed").get(row));
        assertEquals("0.250", t.stringColumn("sign-test p").get(row));
        int novel = t.stringColumn("axis").indexOf("novel-class AUROC");
        assertEquals("+--", t.stringColumn("signs by seed").get(novel));
    }

    @Test
    void paperTableListsThePapersDatasetsAndMarksOthers() {
        Table t = GridTables.paper(new GridSummary(grid()));
        assertEquals(10, t.rowCount());
        assertEquals("97.4", t.stringColumn("paper: balanced accuracy").get(0));
        assertEquals("not run", t.stringColumn("here, ours: balanced accuracy").get(0));
        int retina = t.stringColumn("dataset").indexOf("retinamnist");
        assertEquals("not in paper", t.stringColumn("paper: novel-class AUROC").get(retina));
        assertEquals("82.0 ± 1.0 (ours)", t.stringColumn("here, best protocol: modality-shift AUROC").get(retina));
    }

    @Test
    void markdownShowsTheTablesAndSaysHowBinaryDatasetsAppear() {
        String md = ReproductionDocument.of(new GridSummary(grid()), Budget.CPU_SMALL).markdown();
        assertTrue(md.startsWith("# kys reproduce: preset cpu-small"), md);
        assertTrue(md.contains("| retinamnist | ours | 49.0 ± 0.0 | 82.0 ± 1.0 | 59.0 ± 3.0 | 12 ± 0 |"), md);
        assertTrue(md.contains("breastmnist has no novel classes"), md);
        assertTrue(md.contains("sign test cannot go below p = 0.250"), md);
        assertTrue(md.contains("| retinamnist | modality-shift AUROC | baseline | +11.0 | +++ | 0.250 |"), md);
    }

    @Test
    void csvHasOneRowPerCellAndOodSet() {
        String[] lines = ReproductionCsv.of(grid()).split("\n");
        assertEquals(ReproductionCsv.HEADER, lines[0]);
        // retinamnist cells: novel + 2 shift sets; breastmnist: 2 shift sets; 2 protocols x 3 seeds each.
        assertEquals(1 + 6 * 3 + 6 * 2, lines.length);
        String[] row = lines[1].split(",", -1);
        assertEquals(ReproductionCsv.HEADER.split(",").length, row.length);
        assertEquals("retinamnist-novel", row[5]);
        assertEquals(0.6, Double.parseDouble(row[9]), 0);
    }

    /** A retinamnist cell evaluated with energy and knn, knn failing on seed 2. */
    private static CellResult withDetectors(Protocol p, long seed, double knn) {
        CellResult energy = cell("retinamnist", p, seed, 0.5, 0.6, 0.7, 0.8);
        List<CellResult.OodRow> rows = new ArrayList<>();
        energy.ood().forEach(r -> rows.add(new CellResult.OodRow(r.oodSet(), r.kind(), r.nId(), r.nOod(), r.metrics(), "energy")));
        Map<String, String> failures = new java.util.LinkedHashMap<>();
        if (seed == 2) {
            failures.put("knn(k=5)", "k = 5 needs at least 5 training features, got 3");
        } else {
            energy.ood().forEach(r -> rows.add(new CellResult.OodRow(r.oodSet(), r.kind(), r.nId(), r.nOod(),
                    new OodMetrics(knn, 0.5, 0.5, 0.5, 0.5), "knn(k=5)")));
        }
        return new CellResult("tiny", "wrn10_1", "retinamnist", p, seed, 2, 2, 0.5, 10, 12, rows, Map.of(),
                List.of("energy", "knn(k=5)"), failures);
    }

    @Test
    void detectorAxisGivesItsTableItsCsvColumnAndKeepsTheOtherTablesOnTheMainDetector() {
        List<CellResult> cells = new ArrayList<>();
        for (long seed = 0; seed < 3; seed++) {
            cells.add(withDetectors(Protocol.BASELINE, seed, 0.9 + 0.01 * seed));
        }
        GridSummary s = new GridSummary(cells);
        assertTrue(s.hasDetectorAxis());
        assertEquals(List.of("energy", "knn(k=5)"), s.detectors());
        Table t = GridTables.byDetector(s);
        assertEquals(List.of("dataset", "protocol", "axis", "energy", "knn(k=5)"), t.columnNames());
        assertEquals(2, t.rowCount(), "modality shift and novel classes");
        assertEquals("75.0 ± 0.0", t.stringColumn("energy").get(0));
        assertEquals("90.5 ± 0.7", t.stringColumn("knn(k=5)").get(0), "seeds 0 and 1; knn failed on seed 2");
        assertEquals("75.0 ± 0.0", GridTables.means(s).stringColumn("modality-shift AUROC").get(0), "the main detector");
        assertEquals(List.of("retinamnist baseline seed 2, knn(k=5): k = 5 needs at least 5 training features, got 3"),
                s.failures());
        String md = ReproductionDocument.of(s, Budget.CPU_SMALL).markdown();
        assertTrue(md.contains("## Protocols x detectors") && md.contains("| retinamnist | baseline | modality-shift AUROC"), md);
        assertTrue(md.contains("- retinamnist baseline seed 2, knn(k=5): k = 5 needs"), md);
        assertFalse(ReproductionDocument.of(new GridSummary(grid()), Budget.CPU_SMALL).markdown()
                .contains("Protocols x detectors"), "no detector axis without detectors");

        String[] lines = ReproductionCsv.withDetectors(cells).split("\n");
        assertEquals(ReproductionCsv.DETECTOR_HEADER, lines[0]);
        assertEquals(1 + 3 * 3 + 2 * 3 + 1, lines.length, "energy every seed, knn on two, one failure row");
        int fields = ReproductionCsv.DETECTOR_HEADER.split(",").length;
        for (String line : lines) {
            assertEquals(fields, line.split(",(?=(?:[^\"]*\"[^\"]*\")*[^\"]*$)", -1).length, line);
        }
        assertTrue(lines[lines.length - 1].contains(",knn(k=5),") && lines[lines.length - 1].endsWith("got 3\""));
    }

    @Test
    void aCellWithMoreDetectorsCoversFewerAndARecordWithoutDetectorsIsEnergy() {
        CellResult both = withDetectors(Protocol.OURS, 0, 0.9);
        assertTrue(both.covers(null) && both.covers(List.of("knn(k=5)")));
        assertFalse(both.covers(List.of("msp")));
        CellResult energyOnly = both.restrictedTo(null);
        assertEquals(null, energyOnly.detectors(), "as a grid without detectors records it");
        assertEquals(3, energyOnly.ood().size());
        assertTrue(energyOnly.ood().stream().allMatch(r -> r.detector() == null));
        CellResult knn = both.restrictedTo(List.of("knn(k=5)"));
        assertEquals("knn(k=5)", knn.mainDetector());
        assertEquals(0.9, knn.meanAuroc(OodKind.MODALITY_SHIFT), 1e-12);
        CellResult legacy = cell("breastmnist", Protocol.OURS, 0, 0.5, Double.NaN, 0.7);
        assertTrue(legacy.covers(List.of("energy")) && !legacy.covers(List.of("energy", "knn")));
        assertEquals(List.of("energy"), legacy.detectorLabels());
        assertEquals(ReproductionCsv.of(List.of(legacy)), ReproductionCsv.of(List.of(legacy.restrictedTo(null))));
    }
}
