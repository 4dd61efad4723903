package io.kys.experiment;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.kys.KysException;
import io.kys.TestData;
import io.kys.progress.ProgressListener;
import io.kys.train.MarginMode;
import io.kys.train.Protocol;
import io.kys.train.TrainConfig;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BudgetStudyTest {
    private static final TrainConfig TINY = TrainConfig.paper().toBuilder().model("wrn10_1").stepsPerEpoch(2)
            .batchSize(16).outlierBatch(16).randConv(0.5, 4).latent(16, 200, 4).latentStartEpoch(1).build();

    @TempDir
    Path out;

    @Test
    void budgetsOfAMarginModeContinueOneRunAndTheFilesCoverEveryBudget() throws IOException {
        BudgetStudy.Spec spec = new BudgetStudy.Spec(List.of("breastmnist"), List.of(Protocol.BASELINE, Protocol.OURS), 1,
                List.of(1, 2), List.of(MarginMode.FIXED, MarginMode.ADAPTIVE), TINY, TestData.medmnistDir(), out, "cpu");
        BudgetStudy.Result r = BudgetStudy.run(spec, ReproductionListener.NONE, ProgressListener.NONE);
        assertEquals(4, r.grids().size());
        for (BudgetStudy.Grid b : r.grids()) {
            for (CellResult c : b.result().cells()) {
                assertEquals(b.epochs(), c.epochs(), "the " + b.epochs() + "-epoch grid evaluates a run of that length");
            }
        }
        // one run folder per margin mode and protocol: the 2-epoch grid continued the 1-epoch run
        try (Stream<Path> runs = Files.list(out.resolve("fixed/runs/wrn10_1/breastmnist"))) {
            assertEquals(List.of("study-fixed-baseline-s0", "study-fixed-ours-s0"),
                    runs.map(p -> p.getFileName().toString()).sorted().toList());
        }
        List<String> csv = Files.readAllLines(out.resolve("study.csv"));
        assertTrue(csv.get(0).startsWith("margins,epochs,preset,"), csv.get(0));
        assertEquals(1 + 4 * 2 * 2, csv.size(), "budgets x protocols x OOD sets (pneumonia, retina)");
        assertTrue(csv.stream().anyMatch(l -> l.startsWith("adaptive,2,study-adaptive-e2,")));
        byte[] png = Files.readAllBytes(out.resolve("curves.png"));
        assertArrayEquals(new byte[] {(byte) 0x89, 'P', 'N', 'G'}, java.util.Arrays.copyOf(png, 4));
        assertTrue(r.markdown().contains("| fixed 1 ep | adaptive 1 ep | fixed 2 ep | adaptive 2 ep |"), r.markdown());
        assertTrue(Files.readString(out.resolve("study.html")).contains("breastmnist: modality-shift AUROC"));

        // a second invocation trains nothing
        BudgetStudy.Result again = BudgetStudy.run(spec, ReproductionListener.NONE, ProgressListener.NONE);
        assertTrue(again.grids().stream().allMatch(b -> b.result().trained() == 0));
    }

    @Test
    void budgetsMustAscend() {
        assertThrows(KysException.class, () -> new BudgetStudy.Spec(List.of(), List.of(Protocol.OURS), 1, List.of(10, 3),
                List.of(MarginMode.FIXED), TINY, out, out, "cpu"));
    }
}
