package io.kys.notebook;

import java.util.Locale;
import java.util.function.Consumer;
import java.util.function.LongSupplier;

/**
 * Tells the reader, early, that a training cell will take long. From the time of the second step
 * (the first one pays for warming up) it extrapolates over every step still to come; when that
 * passes {@link #THRESHOLD_SECONDS}, it says once how long the cell will take and how to choose a
 * smaller budget, so nobody waits hours on a cell that looked like any other.
 */
final class LongRunWarning {
    /** The wait above which a reader is told: 15 minutes. */
    static final double THRESHOLD_SECONDS = 15 * 60;

    private final long totalSteps;
    private final String budget;
    private final Consumer<String> out;
    private final LongSupplier clock;
    private long steps;
    private long lastNanos = -1;
    private boolean warned;

    /**
     * @param totalSteps steps of all the work the cell will do (every protocol, every epoch)
     * @param budget the budget's name, for the message
     * @param out where the message goes (the cell's display)
     * @param clock nanosecond clock
     */
    LongRunWarning(long totalSteps, String budget, Consumer<String> out, LongSupplier clock) {
        this.totalSteps = totalSteps;
        this.budget = budget;
        this.out = out;
        this.clock = clock;
    }

    /** A warning on the notebook display, timed by {@link System#nanoTime()}. */
    static LongRunWarning onDisplay(long totalSteps, String budget) {
        return new LongRunWarning(totalSteps, budget, Display::text, System::nanoTime);
    }

    /** Records that one more training step finished. */
    synchronized void stepDone() {
        long now = clock.getAsLong();
        steps++;
        if (steps == 2 && lastNanos >= 0 && !warned) {
            double stepSeconds = (now - lastNanos) / 1e9;
            double seconds = stepSeconds * (totalSteps - steps);
            if (seconds > THRESHOLD_SECONDS) {
                warned = true;
                out.accept(message(seconds, stepSeconds));
            }
        }
        lastNanos = now;
    }

    private String message(double seconds, double stepSeconds) {
        return String.format(Locale.ROOT, "This cell will take about %s at the %s budget (%.1f s a step, %,d steps). "
                + "For results in minutes, interrupt the kernel, run Kys.budget(\"laptop\") (or \"small\") "
                + "and run the cell again; Kys.budget() tells the budget in force.", duration(seconds), budget,
                stepSeconds, totalSteps);
    }

    /** "3 h 20 min" or "25 min". */
    static String duration(double seconds) {
        long minutes = Math.round(seconds / 60);
        return minutes >= 60 ? (minutes / 60) + " h " + (minutes % 60) + " min" : minutes + " min";
    }
}
