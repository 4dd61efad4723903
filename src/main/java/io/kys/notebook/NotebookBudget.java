package io.kys.notebook;

import io.kys.KysException;
import java.util.Locale;
import java.util.Map;

/**
 * How much compute the facade's defaults spend. {@link #FULL} is the paper's setting (METHOD.md);
 * {@link #SMALL} shrinks every training default so that all tutorial notebooks run in minutes on
 * two CPU cores, as CI does. Chosen with the environment variable {@value #ENV}.
 */
public enum NotebookBudget {
    /** The paper's defaults. */
    FULL,
    /** Tiny models, few steps: for CI and a first look. */
    SMALL;

    /** The environment variable that picks the budget: {@code small} or {@code full} (the default). */
    public static final String ENV = "KYS_NOTEBOOK_BUDGET";

    /** The budget of this process's environment. */
    public static NotebookBudget current() {
        return fromEnvironment(System.getenv());
    }

    /**
     * The budget named by {@code env}'s {@value #ENV}; {@link #FULL} when unset.
     *
     * @throws KysException for a value other than {@code small} or {@code full}
     */
    public static NotebookBudget fromEnvironment(Map<String, String> env) {
        String value = env.get(ENV);
        if (value == null || value.isBlank()) {
            return FULL;
        }
        return switch (value.strip().toLowerCase(Locale.ROOT)) {
            case "small" -> SMALL;
            case "full" -> FULL;
            default -> throw new KysException(ENV + "=" + value + " is not a budget; use small or full");
        };
    }
}
