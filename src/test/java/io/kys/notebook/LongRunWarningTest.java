package io.kys.notebook;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class LongRunWarningTest {
    /** A clock that advances by the given seconds per reading. */
    private static java.util.function.LongSupplier clock(double secondsPerTick) {
        long[] t = {0};
        return () -> t[0] += (long) (secondsPerTick * 1e9);
    }

    @Test
    void aLongRunIsAnnouncedOnceAfterItsSecondStepWithTheWayOut() {
        List<String> out = new ArrayList<>();
        LongRunWarning w = new LongRunWarning(3_700, "paper", out::add, clock(21));
        for (int i = 0; i < 10; i++) {
            w.stepDone();
        }
        assertEquals(1, out.size(), out.toString());
        assertTrue(out.get(0).startsWith("This cell will take about 21 h 34 min at the paper budget (21.0 s a step, 3,700 steps)"),
                out.get(0));
        assertTrue(out.get(0).contains("Kys.budget(\"laptop\")"), out.get(0));
    }

    @Test
    void aShortRunSaysNothing() {
        List<String> out = new ArrayList<>();
        LongRunWarning w = new LongRunWarning(600, "laptop", out::add, clock(0.4));
        for (int i = 0; i < 600; i++) {
            w.stepDone();
        }
        assertTrue(out.isEmpty(), out.toString());
    }

    @Test
    void durationsReadInHoursAndMinutes() {
        assertEquals("25 min", LongRunWarning.duration(25 * 60));
        assertEquals("2 h 5 min", LongRunWarning.duration(125 * 60));
    }
}
