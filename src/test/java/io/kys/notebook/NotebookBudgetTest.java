package io.kys.notebook;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.kys.KysException;
import io.kys.experiment.Budget;
import io.kys.train.TrainConfig;
import java.util.Map;
import org.junit.jupiter.api.Test;

class NotebookBudgetTest {
    @Test
    void environmentOrHardwarePicksTheBudget() {
        assertEquals(Budget.LAPTOP, NotebookBudget.fromEnvironment(Map.of(), false), "a CPU gets the laptop budget");
        assertEquals(Budget.PAPER, NotebookBudget.fromEnvironment(Map.of(), true), "a GPU gets the paper's");
        assertEquals(Budget.SMALL, NotebookBudget.fromEnvironment(Map.of(NotebookBudget.ENV, " Small "), true));
        assertEquals(Budget.PAPER, NotebookBudget.fromEnvironment(Map.of(NotebookBudget.ENV, "full"), false));
        KysException e = assertThrows(KysException.class,
                () -> NotebookBudget.fromEnvironment(Map.of(NotebookBudget.ENV, "tiny"), false));
        assertEquals("KYS_NOTEBOOK_BUDGET=tiny is not a budget; use small, laptop or paper", e.getMessage());
    }

    @Test
    void theBudgetChangesInsideARunningKernel() {
        Budget before = Kys.budget();
        try {
            assertEquals(Budget.SMALL, Kys.budget("small"));
            assertEquals(Budget.SMALL.base(), Kys.defaults());
            assertEquals(Budget.LAPTOP, Kys.budget("laptop"));
            assertThrows(KysException.class, () -> Kys.budget("huge"));
            assertEquals(Budget.LAPTOP, Kys.budget(), "a bad name leaves the budget as it was");
        } finally {
            NotebookBudget.use(before);
        }
    }

    @Test
    void paperIsThePapersConfigurationAndTheOthersShrinkOnlyTheCompute() {
        TrainConfig paper = TrainConfig.paper();
        assertEquals(paper, Budget.PAPER.base());
        assertEquals(0, Budget.PAPER.maxOodImages());
        for (Budget b : new Budget[] {Budget.SMALL, Budget.LAPTOP}) {
            TrainConfig c = b.base();
            assertTrue(c.schedule().epochs() * c.schedule().stepsPerEpoch() <= 100, b.name() + " is minutes of steps");
            assertEquals(paper.protocol(), c.protocol());
            assertEquals(paper.margins().mIn(), c.margins().mIn());
            assertEquals(paper.margins().mOut(), c.margins().mOut());
            assertEquals(paper.margins().beta(), c.margins().beta());
            assertTrue(c.latent().startEpoch() < c.schedule().epochs(), "latent inliers are drawn in " + b.name());
        }
        assertEquals(io.kys.train.MarginMode.FIXED, Budget.SMALL.base().margins().mode());
        assertEquals(io.kys.train.MarginMode.ADAPTIVE, Budget.LAPTOP.base().margins().mode());
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
