package io.kys.notebook;

import ai.djl.engine.Engine;
import io.kys.KysException;
import io.kys.experiment.Budget;
import java.util.Map;

/**
 * The budget the facade's training cells use in this kernel. It starts from the environment
 * variable {@value #ENV} ({@code small}, {@code laptop} or {@code paper}) when set, else
 * {@code paper} when DJL sees a GPU and {@code laptop} on a CPU; {@code Kys.budget("small")}
 * changes it for the rest of the session.
 */
public final class NotebookBudget {
    /** The environment variable that picks the starting budget. */
    public static final String ENV = "KYS_NOTEBOOK_BUDGET";

    private static volatile Budget current;

    private NotebookBudget() { }

    /** The budget in force, chosen on first use. */
    public static Budget current() {
        Budget b = current;
        if (b == null) {
            b = fromEnvironment(System.getenv(), hasGpu());
            current = b;
        }
        return b;
    }

    /** Makes {@code budget} the one in force. */
    public static Budget use(Budget budget) {
        current = budget;
        return budget;
    }

    /**
     * The starting budget for an environment: {@value #ENV} names it; unset, a machine with a GPU
     * gets the paper's budget and one without gets the laptop budget.
     *
     * @throws KysException for a name that is no budget
     */
    public static Budget fromEnvironment(Map<String, String> env, boolean gpu) {
        String value = env.get(ENV);
        if (value == null || value.isBlank()) {
            return gpu ? Budget.PAPER : Budget.LAPTOP;
        }
        try {
            return Budget.parse(value);
        } catch (KysException e) {
            throw new KysException(ENV + "=" + value + " is not a budget; use small, laptop or paper");
        }
    }

    private static boolean hasGpu() {
        try {
            return Engine.getInstance().getGpuCount() > 0;
        } catch (RuntimeException e) {
            return false;
        }
    }
}
