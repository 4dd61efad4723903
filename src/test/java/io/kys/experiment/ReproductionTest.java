package io.kys.experiment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.kys.KysException;
import io.kys.TestData;
import io.kys.ood.detect.DetectorSpec;
import io.kys.progress.ProgressListener;
import io.kys.report.PlotlyEmbed;
import io.kys.train.EpochRecord;
import io.kys.train.Protocol;
import io.kys.train.RunDirectory;
import io.kys.train.TrainConfig;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A tiny real grid (breastmnist, two protocols, one seed, the smallest model for a few steps)
 * end to end: killed after its first cell, run again, and checked for what it wrote.
 */
class ReproductionTest {
    static final Budget TINY = new Budget("tiny",
            TrainConfig.paper().toBuilder().model("wrn10_1").epochs(2).stepsPerEpoch(3).batchSize(16)
                    .outlierBatch(16).randConv(0.5, 4).latent(16, 500, 4).build(),
            100, 50);

    @TempDir
    Path out;

    private Reproduction.Spec spec() {
        return new Reproduction.Spec(List.of("breastmnist"), List.of(Protocol.BASELINE, Protocol.OURS), 1, TINY,
                TestData.medmnistDir(), out, "cpu");
    }

    /** Counts the epochs trained for each cell and which cells were reused. */
    static class Recorder implements ReproductionListener {
        final Map<GridCell, Integer> epochs = new HashMap<>();
        final List<GridCell> reused = new ArrayList<>();
        private GridCell current;

        @Override
        public void onCellStart(GridCell cell, int index, int total) {
            current = cell;
            epochs.put(cell, 0);
        }

        @Override
        public void onEpoch(EpochRecord epoch) {
            epochs.merge(current, 1, Integer::sum);
        }

        @Override
        public void onCellReused(CellResult result, int index, int total) {
            reused.add(result.cell());
        }
    }

    @Test
    void killedGridContinuesWithoutRedoingFinishedCellsAndWritesCompleteResults() throws Exception {
        GridCell first = new GridCell("breastmnist", Protocol.BASELINE, 0);
        GridCell second = new GridCell("breastmnist", Protocol.OURS, 0);
        Recorder killed = new Recorder() {
            @Override
            public void onCellDone(CellResult result, int index, int total) {
                throw new IllegalStateException("killed after cell " + index);
            }
        };
        assertThrows(IllegalStateException.class, () -> Reproduction.run(spec(), killed, ProgressListener.NONE));
        assertEquals(Map.of(first, 2), killed.epochs);
        CellStore store = new CellStore(out, "tiny");
        Path cellFile = store.folder(first).resolve(CellStore.CELL_FILE);
        Path checkpoint = out.resolve("runs/wrn10_1/breastmnist/tiny-baseline-s0").resolve(RunDirectory.LAST)
                .resolve(RunDirectory.STATE);
        assertTrue(Files.isRegularFile(cellFile) && Files.isRegularFile(checkpoint));
        assertFalse(Files.exists(store.folder(second).resolve(CellStore.CELL_FILE)));
        FileTime cellWritten = Files.getLastModifiedTime(cellFile);
        FileTime checkpointWritten = Files.getLastModifiedTime(checkpoint);

        Recorder again = new Recorder();
        Reproduction.Result result = Reproduction.run(spec(), again, ProgressListener.NONE);
        assertEquals(List.of(first), again.reused);
        assertEquals(Map.of(second, 2), again.epochs, "only the unfinished cell trains");
        assertEquals(cellWritten, Files.getLastModifiedTime(cellFile));
        assertEquals(checkpointWritten, Files.getLastModifiedTime(checkpoint));
        assertEquals(1, result.trained());
        assertEquals(1, result.reused());

        // breastmnist is binary: no novel classes, so its OOD sets are the other two datasets.
        List<String> lines = Files.readAllLines(result.csv());
        assertEquals(ReproductionCsv.HEADER, lines.get(0));
        assertEquals(1 + 2 * 1 * 2, lines.size(), "protocols x seeds x OOD sets rows");
        String[] header = lines.get(0).split(",");
        for (String line : lines.subList(1, lines.size())) {
            String[] f = line.split(",", -1);
            assertEquals(header.length, f.length, line);
            assertTrue(List.of("pneumoniamnist", "retinamnist").contains(f[5]), line);
            assertEquals("modality-shift", f[6]);
            for (int i = 9; i < header.length; i++) {
                double v = Double.parseDouble(f[i]);
                assertTrue(Double.isFinite(v) && v >= 0, header[i] + " = " + f[i]);
            }
            assertTrue(Double.parseDouble(f[9]) <= 1, "AUROC is a fraction");
            assertEquals(100, Integer.parseInt(f[8]), "OOD sets capped by the preset");
        }

        String html = Files.readString(result.report());
        assertTrue(html.startsWith("<!DOCTYPE html>") && html.trim().endsWith("</html>"));
        String library = PlotlyEmbed.libraryScript();
        assertTrue(html.contains(library), "plotly.js embedded");
        String page = html.replace(library, "");
        assertFalse(page.contains("<script src") || page.contains("<link") || page.contains("cdn.plot.ly"),
                "nothing loaded from elsewhere");
        assertTrue(html.contains("scatterpolar"), "radar charts present");
        assertTrue(html.contains("\"type\":\"histogram\""), "energy histograms present");
        assertTrue(html.contains("breastmnist: the paper&#39;s three axes") || html.contains("breastmnist: the paper's three axes"));
        assertEquals(result.markdown(), Files.readString(result.markdownFile()));
        assertTrue(result.markdown().contains("| breastmnist | ours |"), result.markdown());
        assertTrue(result.markdown().contains("breastmnist has no novel classes"));

        // The same grid with detectors: nothing trains, each cell is evaluated again from its checkpoint.
        Recorder axis = new Recorder();
        Reproduction.Result detectors = Reproduction.run(new Reproduction.Spec(List.of("breastmnist"),
                List.of(Protocol.BASELINE, Protocol.OURS), 1, TINY, TestData.medmnistDir(), out, "cpu", TINY.name(),
                DetectorSpec.parse(List.of("energy", "msp", "knn"), Map.of("knn.k", "100000"))), axis, ProgressListener.NONE);
        assertEquals(Map.of(first, 0, second, 0), axis.epochs, "re-evaluated, not retrained");
        List<String> rows = Files.readAllLines(detectors.csv());
        assertEquals(ReproductionCsv.DETECTOR_HEADER, rows.get(0));
        assertEquals(1 + 2 * (2 + 2 + 1), rows.size(), "per cell: energy and msp on both OOD sets, knn failed");
        assertTrue(rows.stream().anyMatch(l -> l.contains(",msp,pneumoniamnist,")), rows.toString());
        assertTrue(rows.stream().anyMatch(l -> l.contains(",knn(k=100000),") && l.contains("needs at least 100000")),
                rows.toString());
        assertTrue(detectors.markdown().contains("## Protocols x detectors"), detectors.markdown());
        assertTrue(Files.readString(detectors.report()).contains("\"type\":\"heatmap\""), "protocol x detector heatmaps");
        assertTrue(Files.isRegularFile(store.folder(first).resolve("pneumoniamnist/scores_msp_In.txt")));

        // Without detectors again: the cells hold energy, so they are reused and the output is as before.
        Recorder plain = new Recorder();
        Reproduction.Result back = Reproduction.run(spec(), plain, ProgressListener.NONE);
        assertEquals(List.of(first, second), plain.reused);
        assertEquals(ReproductionCsv.HEADER, Files.readAllLines(back.csv()).get(0));
        assertEquals(lines.size(), Files.readAllLines(back.csv()).size());
        assertFalse(back.markdown().contains("Protocols x detectors"), back.markdown());

        // Another definition of the same preset name must not reuse these cells or resume these runs.
        Budget changed = new Budget("tiny",
                TINY.base().toBuilder().stepsPerEpoch(4).build(), TINY.maxOodImages(), TINY.maxValImages());
        KysException stale = assertThrows(KysException.class, () -> Reproduction.run(new Reproduction.Spec(
                List.of("breastmnist"), List.of(Protocol.BASELINE), 1, changed, TestData.medmnistDir(), out, "cpu"),
                ReproductionListener.NONE, ProgressListener.NONE));
        assertTrue(stale.getMessage().contains("another definition of preset tiny"), stale.getMessage());
        RunDirectory run = new RunDirectory(checkpoint.getParent().getParent());
        ProtocolComparison.requireResumable(run, TINY.config(Protocol.BASELINE, 0));
        ProtocolComparison.requireResumable(run, TINY.base().toBuilder().protocol(Protocol.BASELINE).epochs(5).build());
        KysException mixed = assertThrows(KysException.class, () -> ProtocolComparison.requireResumable(run,
                changed.config(Protocol.BASELINE, 0)));
        assertTrue(mixed.getMessage().contains("schedule.stepsPerEpoch 3 there, 4 now"), mixed.getMessage());
    }

    @Test
    void refusesMissingAndMultiLabelDatasetsBeforeTraining() {
        Path data = TestData.medmnistDir();
        KysException missing = assertThrows(KysException.class, () -> Reproduction.run(new Reproduction.Spec(
                List.of("bloodmnist"), List.of(Protocol.OURS), 1, TINY, data, out, "cpu"),
                ReproductionListener.NONE, ProgressListener.NONE));
        assertTrue(missing.getMessage().contains("kys download bloodmnist"), missing.getMessage());
        assertThrows(KysException.class, () -> Reproduction.run(new Reproduction.Spec(
                List.of("chestmnist"), List.of(Protocol.OURS), 1, TINY, data, out, "cpu"),
                ReproductionListener.NONE, ProgressListener.NONE));
        assertThrows(KysException.class, () -> new Reproduction.Spec(List.of(), List.of(), 1, TINY, data, out, "cpu"));
        assertEquals(List.of("pneumoniamnist", "breastmnist", "retinamnist"), Reproduction.defaultDatasets(data));
    }
}
