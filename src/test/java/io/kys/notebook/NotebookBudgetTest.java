package io.kys.notebook;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.kys.KysException;
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
}
