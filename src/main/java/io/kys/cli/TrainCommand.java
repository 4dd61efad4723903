package io.kys.cli;

import io.kys.KysException;
import io.kys.augment.PixelRecipe;
import io.kys.data.PreparedData;
import io.kys.experiment.TrainJob;
import io.kys.experiment.TrainSpec;
import io.kys.model.ModelPreset;
import io.kys.train.EpochRecord;
import io.kys.train.MarginMode;
import io.kys.train.Protocol;
import io.kys.train.TrainConfig;
import io.kys.train.TrainResult;
import io.kys.train.TrainingListener;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code kys train}: trains a classifier with one protocol of the grid and writes its checkpoints. */
@Command(name = "train", mixinStandardHelpOptions = true, defaultValueProvider = PaperDefaults.class,
        description = {"Train a classifier with an energy-calibration protocol.",
            "Protocols: baseline (cross-entropy only), nda (ID batch in, pixel outliers out), "
                + "nda++ (mild-AugMix inliers, pixel outliers), vos (ID batch in, latent outliers), "
                + "vos++ (mild-AugMix inliers, latent outliers), ours (latent inliers, pixel outliers).",
            "Without --augmix/--jigsaw/--rand-conv all three pixel-outlier families are used."})
public final class TrainCommand implements Callable<Integer> {
    @Mixin
    RunOptions run;

    private static final TrainConfig PAPER = TrainConfig.paper();

    @Option(names = {"--in-dataset", "--in_dataset"}, required = true, description = "ID dataset: catalog name or .npz path.")
    String dataset;

    @Option(names = {"--model-type", "--model_type"}, description = "Model preset (default: ${DEFAULT-VALUE}).")
    String model;

    @Option(names = "--protocol", description = "baseline|nda|nda++|vos|vos++|ours (default: ${DEFAULT-VALUE}).")
    String protocol;

    @Option(names = "--epochs", description = "Epochs (default: ${DEFAULT-VALUE}).")
    int epochs;

    @Option(names = "--steps-per-epoch", description = "Steps per epoch; 0 = one pass (default: ${DEFAULT-VALUE}).")
    int stepsPerEpoch;

    @Option(names = "--train-limit", description = "Use at most this many training images, 0 = all (default: ${DEFAULT-VALUE}).")
    int trainLimit;

    @Option(names = "--batch-size", description = "ID images per step (default: ${DEFAULT-VALUE}).")
    int batchSize;

    @Option(names = "--lr", description = "Adam learning rate (default: ${DEFAULT-VALUE}).")
    double lr;

    @Option(names = {"--ckpt-name", "--ckpt_name"}, description = "Run folder name (default: the protocol name).")
    String ckptName;

    @Option(names = {"--novel-classes", "--novel_classes"}, description = "Classes held out as novel, e.g. 6,7 (default: documented per dataset).")
    String novelClasses;

    @Option(names = "--augmix", description = "Pixel outliers use AugMix, then jigsaw (the reference's meaning; "
            + "add --no-jigsaw for AugMix alone).")
    boolean augmix;

    @Option(names = "--jigsaw", description = "Pixel outliers are jigsaw-shuffled.")
    boolean jigsaw;

    @Option(names = "--no-jigsaw", description = "With --augmix: AugMix outliers without the jigsaw shuffle.")
    boolean noJigsaw;

    @Option(names = "--dist", description = "Accepted for the reference's commands; kys trains on one device "
            + "(a GPU when DJL sees one), so it has no effect.")
    boolean dist;

    @Option(names = {"--rand-conv", "--rand_conv"}, description = "Add RandConv outliers with probability 0.5 per step.")
    boolean randConv;

    @Option(names = {"--m-in", "--m_in"}, description = "Inlier energy margin (default: ${DEFAULT-VALUE}).")
    double mIn;

    @Option(names = {"--m-out", "--m_out"}, description = "Outlier energy margin (default: ${DEFAULT-VALUE}).")
    double mOut;

    @Option(names = "--T", description = "Energy temperature (default: ${DEFAULT-VALUE}).")
    double temperature;

    @Option(names = {"--beta", "--beta1"}, description = "Weight of the margin term (default: ${DEFAULT-VALUE}).")
    double beta;

    @Option(names = "--pixel-recipe",
            description = "How training images and pixel outliers are built: reference (the reference code's), "
                    + "kys, or either with +/- native, band, ghost, nearest; docs/fidelity.md (default: ${DEFAULT-VALUE}).")
    String pixelRecipe;

    @Option(names = "--margins", description = "fixed (the paper's m_in/m_out) or adaptive (from the ID batch's "
            + "energy quantiles, never below m_in/m_out); docs/method.md (default: ${DEFAULT-VALUE}).")
    String margins;

    @Option(names = "--partial-last-batch", description = "End each full-pass epoch with the remainder as a smaller "
            + "batch, as the reference's data loaders do (by default every batch is full; docs/fidelity.md).")
    boolean partialLastBatch;

    @Option(names = "--resume", description = "Continue the run from its last checkpoint.")
    boolean resume;

    @Override
    public Integer call() {
        if (dist) {
            System.err.println("note: --dist has no effect: kys trains on one device (" + run.device + ")");
        }
        TrainConfig config = config();
        TrainSpec spec = new TrainSpec(PreparedData.load(dataset, run.dataDir(), novelClasses), run.ckptDir,
                ckptName == null ? config.protocol().cliName() : ckptName, run.device, config, resume);
        TrainResult result = TrainJob.run(spec, new EpochPrinter(), new ConsoleProgress());
        try {
            System.out.printf("%s: %,d parameters; best epoch %d (val balanced accuracy %.4f); checkpoints in %s%n",
                    config.model(), result.model().parameterCount(), result.bestEpoch(),
                    result.bestValBalancedAccuracy(), result.run().root());
        } finally {
            result.model().close();
        }
        return 0;
    }

    /** The configuration the parsed options describe: the paper's, with each given option applied. */
    TrainConfig config() {
        if (noJigsaw && !augmix) {
            throw new KysException("--no-jigsaw only changes --augmix (AugMix then jigsaw); pass --augmix too");
        }
        // The reference's --augmix means AugMix then jigsaw; no family named means all three.
        boolean any = augmix || jigsaw || randConv;
        boolean useJigsaw = !any || jigsaw || (augmix && !noJigsaw);
        return PAPER.toBuilder().model(ModelPreset.parse(model).id()).protocol(Protocol.parse(protocol)).epochs(epochs)
                .stepsPerEpoch(stepsPerEpoch).trainLimit(trainLimit).batchSize(batchSize).learningRate(lr)
                .partialLastBatch(PAPER.schedule().partialLastBatch() || partialLastBatch).seed(run.seed).outlierFamilies(!any || augmix, useJigsaw, !any || randConv)
                .margins(mIn, mOut).temperature(temperature).beta(beta)
                .marginMode(MarginMode.parse(margins)).pixelRecipe(PixelRecipe.parse(pixelRecipe)).build();
    }

    /** Prints one line per epoch and any skipped-term warnings. */
    static final class EpochPrinter implements TrainingListener {
        @Override
        public void onEpoch(EpochRecord r) {
            System.out.printf("epoch %d  lr %.2g  loss %.4f  ce %.4f  m_in %.4g  m_out %.4g  active in %s out %s  "
                            + "E(id) %.2f  E(latent) %.2f  E(pixel) %.2f  val bacc %.4f  val auc %.4f  %.0fs%n",
                    r.epoch(), r.learningRate(), r.loss(), r.crossEntropy(), r.inlierMargin(), r.outlierMargin(),
                    percent(r.inlierActive()), percent(r.outlierActive()),
                    r.energyId(), r.energyLatent(), r.energyPixel(), r.valBalancedAccuracy(), r.valAuc(), r.seconds());
        }

        /** A hinge's active fraction as a percentage, "-" when the step had no margin term. */
        static String percent(double fraction) {
            return Double.isNaN(fraction) ? "-" : String.format(java.util.Locale.ROOT, "%.2f%%", 100 * fraction);
        }

        @Override
        public void onWarning(String message) {
            System.err.println("warning: " + message);
        }
    }
}
