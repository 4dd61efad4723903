package io.kys.experiment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.kys.KysException;
import io.kys.ood.DetectorOutcome;
import io.kys.ood.OodEvaluator;
import io.kys.ood.OodKind;
import io.kys.ood.OodMetrics;
import io.kys.ood.OodSetResult;
import io.kys.train.Protocol;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The OOD set kinds in a finished cell's files keep the spelling that grids already on disk hold. */
class CellStoreTest {
    private static final GridCell CELL = new GridCell("retinamnist", Protocol.OURS, 1);

    /** A {@code cell.json} in the format earlier versions wrote. */
    private static final String RECORDED = """
            {
              "preset": "tiny",
              "model": "wrn10_1",
              "dataset": "retinamnist",
              "protocol": "ours",
              "seed": 1,
              "epochs": 2,
              "bestEpoch": 1,
              "idBalancedAccuracy": 0.5,
              "trainSeconds": 1.0,
              "seconds": 2.0,
              "ood": [
                {
                  "oodSet": "retinamnist-novel",
                  "kind": "novel-class",
                  "nId": 3,
                  "nOod": 2,
                  "metrics": {"auroc": 0.8, "auprIn": 0.9, "auprOut": 0.7, "fprAt95Tpr": 0.5, "detectionError": 0.25}
                },
                {
                  "oodSet": "breastmnist",
                  "kind": "modality-shift",
                  "nId": 3,
                  "nOod": 2,
                  "metrics": {"auroc": 0.6, "auprIn": 0.9, "auprOut": 0.7, "fprAt95Tpr": 0.5, "detectionError": 0.25}
                }
              ],
              "config": {}
            }
            """;

    @Test
    void readsTheKindsOfARecordedCell(@TempDir Path out) throws Exception {
        CellStore store = new CellStore(out, "tiny");
        Files.createDirectories(store.folder(CELL));
        Files.writeString(store.folder(CELL).resolve(CellStore.CELL_FILE), RECORDED);
        CellResult r = store.read(CELL).orElseThrow();
        assertEquals(List.of(OodKind.NOVEL_CLASS, OodKind.MODALITY_SHIFT),
                r.ood().stream().map(CellResult.OodRow::kind).toList());
        assertEquals(0.6, r.meanAuroc(OodKind.MODALITY_SHIFT), 1e-12);
    }

    @Test
    void writesLabelsAndReadsThemBack(@TempDir Path out) throws Exception {
        double[] id = {3, 2, 2};
        double[] ood = {2, 1};
        List<OodSetResult> results = List.of(
                new OodSetResult("retinamnist-novel", OodKind.NOVEL_CLASS, "energy", id, ood, OodMetrics.of(id, ood), null),
                new OodSetResult("breastmnist", OodKind.MODALITY_SHIFT, "energy", id, ood, OodMetrics.of(id, ood), null));
        OodEvaluator.Evaluation evaluation = new OodEvaluator.Evaluation(0.5,
                List.of(DetectorOutcome.of("energy", results, 0.1)));
        List<CellResult.OodRow> rows = results.stream()
                .map(r -> new CellResult.OodRow(r.oodSet(), r.kind(), id.length, ood.length, r.metrics())).toList();
        CellResult result = new CellResult("tiny", "wrn10_1", CELL.dataset(), CELL.protocol(), CELL.seed(), 2, 1, 0.5,
                1.0, 2.0, rows, Map.of());
        CellStore store = new CellStore(out, "tiny");
        store.write(result, evaluation, "run");

        Path folder = store.folder(CELL);
        for (String file : List.of(CellStore.CELL_FILE, "results.json")) {
            String json = Files.readString(folder.resolve(file));
            assertTrue(json.contains("\"kind\": \"novel-class\"") && json.contains("\"kind\": \"modality-shift\""), json);
            assertFalse(json.contains("NOVEL_CLASS") || json.contains("MODALITY_SHIFT"), json);
        }
        String csv = Files.readString(folder.resolve("results.csv"));
        assertTrue(csv.contains(",retinamnist-novel,novel-class,energy,") && csv.contains(",breastmnist,modality-shift,energy,"),
                csv);
        assertEquals(result, store.read(CELL).orElseThrow());
    }

    @Test
    void anUnknownKindIsAnErrorAboutTheFile(@TempDir Path out) throws Exception {
        CellStore store = new CellStore(out, "tiny");
        Files.createDirectories(store.folder(CELL));
        Files.writeString(store.folder(CELL).resolve(CellStore.CELL_FILE), RECORDED.replace("novel-class", "novel"));
        KysException e = assertThrows(KysException.class, () -> store.read(CELL));
        assertTrue(e.getMessage().contains("novel-class, modality-shift") && e.getMessage().contains("delete that file"),
                e.getMessage());
    }
}
