package io.kys.notebook;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.kys.KysException;
import io.kys.train.TrainConfig;
import java.util.Map;
import org.junit.jupiter.api.Test;

class NotebookBudgetTest {
    @Test
    void environmentPicksTheBudget() {
        assertEquals(NotebookBudget.FULL, NotebookBudget.fromEnvironment(Map.of()));
        assertEquals(NotebookBudget.SMALL, NotebookBudget.fromEnvironment(Map.of(NotebookBudget.ENV, " Small ")));
        assertEquals(NotebookBudget.FULL, NotebookBudget.fromEnvironment(Map.of(NotebookBudget.ENV, "full")));
        KysException e = assertThrows(KysException.class,
                () -> NotebookBudget.fromEnvironment(Map.of(NotebookBudget.ENV, "tiny")));
        assertEquals("KYS_NOTEBOOK_BUDGET=tiny is not a budget; use small or full", e.getMessage());
    }

    @Test
    void fullIsThePapersConfigurationAndSmallShrinksOnlyTheCompute() {
        TrainConfig paper = TrainConfig.paper();
        assertEquals(paper, NotebookBudget.FULL.trainConfig());
        assertEquals(0, NotebookBudget.FULL.maxEvaluationImages());
        TrainConfig small = NotebookBudget.SMALL.trainConfig();
        assertEquals("wrn10_1", small.model());
        assertTrue(small.schedule().epochs() * small.schedule().stepsPerEpoch() <= 64, "a small run is a few dozen steps");
        assertEquals(paper.protocol(), small.protocol());
        assertEquals(paper.margins().mIn(), small.margins().mIn());
        assertEquals(paper.margins().mOut(), small.margins().mOut());
        assertEquals(paper.margins().beta(), small.margins().beta());
        assertTrue(small.latent().startEpoch() < small.schedule().epochs(), "latent inliers are drawn in a small run too");
    }

    @Test
    void helpNamesEveryStep() {
        String help = Kys.help().get(DisplayContent.MARKDOWN).orElseThrow();
        for (String call : new String[] {"Kys.dataset(", "novelClasses(", "outliers()", "train()", "latent()",
            "evaluate()", "compare("}) {
            assertTrue(help.contains(call), call + " missing from help");
        }
    }
}
