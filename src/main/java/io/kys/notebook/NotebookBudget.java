package io.kys.notebook;

import io.kys.KysException;
import io.kys.train.TrainConfig;
import java.util.Locale;
import java.util.Map;

/**
 * How much compute the facade's defaults spend. {@link #FULL} is the paper's setting (docs/method.md);
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

    /**
     * The training configuration the facade starts from: {@link TrainConfig#paper()} for
     * {@link #FULL}; for {@link #SMALL} the smallest network (WRN-10-1), 4 epochs of 6 steps of
     * 32 images from 600 training images, 32 pixel outliers (8 of them RandConv when it fires)
     * and latent queues of 40 with 16 of 2,000 draws kept. Everything else, the loss included,
     * stays the paper's.
     */
    public TrainConfig trainConfig() {
        TrainConfig paper = TrainConfig.paper();
        if (this == FULL) {
            return paper;
        }
        return paper.toBuilder().model("wrn10_1").epochs(4).stepsPerEpoch(6).trainLimit(600)
                .batchSize(32).outlierBatch(32).randConv(paper.outliers().randConvProbability(), 8)
                .latent(40, 2000, 16).build();
    }

    /** Images kept per evaluation set (ID test, each OOD set); 0 keeps them all. */
    public int maxEvaluationImages() {
        return this == FULL ? 0 : 300;
    }

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
