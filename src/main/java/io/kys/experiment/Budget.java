package io.kys.experiment;

import io.kys.KysException;
import io.kys.train.MarginMode;
import io.kys.train.Protocol;
import io.kys.train.TrainConfig;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * How much compute a training run spends: the configuration each protocol and seed starts from,
 * and how many images each modality-shift OOD set and the validation keep. The one budget type of
 * the notebook facade ({@code Kys.budget("laptop")}), {@code kys reproduce --preset} and the
 * quickstart. {@link #standard()} lists the named ones: {@code small} (for CI and a first look),
 * {@code laptop} (the facade's default on a CPU), {@code cpu-small}, {@code cpu-medium} (the
 * quickstart's) and {@code paper}; other budgets (e.g. a tiny one for tests) come from the
 * constructor.
 *
 * @param name the name on the command line and in run folders, e.g. {@code cpu-small}
 * @param base the configuration every cell uses, with its protocol and seed replaced
 * @param maxOodImages cap per modality-shift OOD set (0 = the whole test split)
 * @param maxValImages cap on the validation images scored after every epoch (0 = all)
 */
public record Budget(String name, TrainConfig base, int maxOodImages, int maxValImages) {
    /** Exactly the paper's protocol: {@link TrainConfig#paper()} (WRN-40-2, 100 epochs), all OOD test images. */
    public static final Budget PAPER = new Budget("paper", TrainConfig.paper(), 0, 0);

    /**
     * A CPU budget for the three small MedMNIST sets: WRN-16-1, 3 epochs of 10 steps of 16 ID
     * images plus 16 pixel outliers (RandConv adds 4 with probability 0.5), latent queues of 32
     * vectors with 1,000 draws per class keeping 8. Latent sampling starts in epoch 2 as in the
     * paper; margins, temperature, beta, learning rate, augmentation and the imbalance corrections
     * are the paper's. Modality-shift sets keep 200 images each and the best epoch is chosen on at
     * most 200 validation images (scoring all 524 of pneumoniamnist after every epoch would cost
     * more than its training steps). The ID test images are always all used. It exists to exercise the whole
     * grid on two CPU cores within an hour (pneumonia/retina/breast x 6 protocols x 3 seeds), not
     * to reach the paper's numbers: at this budget the margin term has barely started to act.
     */
    public static final Budget CPU_SMALL = new Budget("cpu-small",
            TrainConfig.paper().toBuilder().model("wrn16_1").epochs(3).stepsPerEpoch(10).batchSize(16)
                    .outlierBatch(16).randConv(0.5, 4).latent(32, 1000, 8).build(),
            200, 200);

    /**
     * A longer CPU budget, the quickstart's: WRN-16-1, 3 full passes over the training set in
     * batches of 128 with the paper's 128 pixel outliers, RandConv and latent sizes (queues of 250,
     * 10,000 draws keeping 64), so latent sampling acts in epochs 2 and 3. Modality-shift sets keep
     * 500 images each; validation uses all images. About 2 to 3 minutes a cell for pneumoniamnist
     * on two cores.
     */
    public static final Budget CPU_MEDIUM = new Budget("cpu-medium",
            TrainConfig.paper().toBuilder().model("wrn16_1").epochs(3).build(), 500, 0);

    /**
     * For CI and a first look: the smallest network (WRN-10-1), 4 epochs of 6 steps of 32 images
     * from 600 training images, 32 pixel outliers (8 of them RandConv when it fires) and latent
     * queues of 40 keeping 16 of 2,000 draws; 300 images per evaluation set. The loss is the paper's.
     */
    public static final Budget SMALL = new Budget("small",
            TrainConfig.paper().toBuilder().model("wrn10_1").epochs(4).stepsPerEpoch(6).trainLimit(600)
                    .batchSize(32).outlierBatch(32).randConv(0.5, 8).latent(40, 2000, 16).build(),
            300, 200);

    /**
     * The notebooks' default on a CPU: the budget study's network and steps (WRN-16-1, epochs of 10
     * steps of 32 ID images and 32 pixel outliers, latent queues of 64 keeping 8 of 1,000 draws) for
     * 10 epochs, with adaptive margins so that both hinges act (docs/evidence.md has what the study
     * measured at this budget); 300 images per evaluation set. One protocol trains in about a
     * minute on two cores, so notebook 06's six protocols fit in ten.
     */
    public static final Budget LAPTOP = new Budget("laptop",
            BudgetStudy.BASE.toBuilder().epochs(10).marginMode(MarginMode.ADAPTIVE).build(), 300, 200);

    /** The name and what the budget is, e.g. for {@code Kys.budget()} as a cell's value. */
    @Override
    public String toString() {
        return name + ": " + description();
    }

    /** Checks the parts. */
    public Budget {
        if (name == null || name.isBlank() || name.contains("/")) {
            throw new KysException("a preset needs a plain name, got '" + name + "'");
        }
        if (maxOodImages < 0 || maxValImages < 0) {
            throw new KysException("preset " + name + ": image caps must be >= 0, got OOD " + maxOodImages
                    + ", validation " + maxValImages);
        }
    }

    /** The named budgets. */
    public static List<Budget> standard() {
        return List.of(SMALL, LAPTOP, CPU_SMALL, CPU_MEDIUM, PAPER);
    }

    /** Finds a named budget, case-insensitively ({@code full} is read as {@code paper}). */
    public static Budget parse(String name) {
        String wanted = name.trim().toLowerCase(Locale.ROOT);
        String canonical = wanted.equals("full") ? PAPER.name : wanted;
        return standard().stream().filter(p -> p.name.equals(canonical)).findFirst()
                .orElseThrow(() -> new KysException("unknown budget '" + name + "'; choose one of "
                        + standard().stream().map(Budget::name).collect(Collectors.joining(", "))));
    }


    /** What the budget is, in one line derived from its configuration, for reports. */
    public String description() {
        TrainConfig c = base;
        String steps = c.schedule().stepsPerEpoch() == 0 ? "full passes over the training set" : c.schedule().stepsPerEpoch() + " steps";
        return String.format(Locale.ROOT, "model %s, %d epochs x %s of %d ID images + %d pixel outliers "
                        + "(+%d RandConv with p = %.1f), latent queues of %d with %,d draws per class keeping %d, "
                        + "lr %.0e halved every %d epochs; %s per modality-shift set, %s for choosing the best epoch",
                c.model(), c.schedule().epochs(), steps, c.schedule().batchSize(), c.outliers().batch(), c.outliers().randConvCount(),
                c.outliers().randConvProbability(), c.latent().queueCapacity(), c.latent().drawsPerClass(), c.latent().keepPerClass(), c.optimizer().learningRate(),
                c.schedule().lrHalvingEpochs(), maxOodImages == 0 ? "all test images" : maxOodImages + " images",
                maxValImages == 0 ? "all validation images" : "at most " + maxValImages + " validation images");
    }

    /**
     * Everything that determines a cell's numbers besides the data: the cell's configuration and
     * the image caps. A recorded cell is reused only under the same fingerprint.
     */
    public Map<String, String> fingerprint(Protocol protocol, long seed) {
        Map<String, String> m = new LinkedHashMap<>(config(protocol, seed).describe());
        m.put("maxOodImages", Integer.toString(maxOodImages));
        m.put("maxValImages", Integer.toString(maxValImages));
        return m;
    }

    /** The configuration of one cell: the base with {@code protocol} and {@code seed}. */
    public TrainConfig config(Protocol protocol, long seed) {
        return base.toBuilder().protocol(protocol).seed(seed).build();
    }
}
