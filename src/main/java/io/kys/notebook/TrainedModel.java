package io.kys.notebook;

import io.kys.experiment.DataPreparation;
import io.kys.experiment.EvaluationSets;
import io.kys.latent.LatentSettings;
import io.kys.model.ClassifierModel;
import io.kys.data.ImageSet;
import io.kys.model.Devices;
import io.kys.model.FeatureCache;
import io.kys.model.Inference;
import io.kys.ood.OodEvaluator;
import io.kys.ood.detect.Detector;
import io.kys.ood.detect.Detectors;
import io.kys.report.Html;
import io.kys.report.TableHtml;
import io.kys.train.EpochRecord;
import io.kys.train.RunDirectory;
import io.kys.train.TrainConfig;
import io.kys.train.TrainResult;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.Table;
import tech.tablesaw.plotly.components.Figure;

/**
 * A trained classifier in a notebook: the checkpoint of its best validation epoch (as docs/method.md
 * keeps it), its training log, and the next steps, {@link #latent()} and {@link #evaluate()}.
 * Close it when done to free the network's native memory.
 */
public final class TrainedModel implements Displayable, AutoCloseable {
    private final ClassifierModel model;
    private final TrainResult result;
    private final SplitView split;
    private final TrainConfig config;

    private TrainedModel(ClassifierModel model, TrainResult result, SplitView split, TrainConfig config) {
        this.model = model;
        this.result = result;
        this.split = split;
        this.config = config;
    }

    /** Opens the best checkpoint of {@code result}'s run and closes the last-epoch network. */
    static TrainedModel of(TrainResult result, SplitView split, TrainConfig config, String device) {
        result.model().close();
        ClassifierModel best = ClassifierModel.open(result.run().checkpoint(RunDirectory.BEST), Devices.resolve(device));
        return new TrainedModel(best, result, split, config);
    }

    /** The classifier (best validation epoch). */
    public ClassifierModel model() {
        return model;
    }

    /** The configuration it was trained with. */
    public TrainConfig config() {
        return config;
    }

    /** Every epoch's record. */
    public List<EpochRecord> epochs() {
        return result.epochs();
    }

    /** The epoch whose checkpoint this is. */
    public int bestEpoch() {
        return result.bestEpoch();
    }

    /** The run folder with both checkpoints, the configuration and the CSV log. */
    public Path runFolder() {
        return result.run().root();
    }

    /** One row per epoch: learning rate, loss terms, energies, accuracies. */
    public Table epochTable() {
        List<EpochRecord> e = result.epochs();
        return Table.create("training log",
                IntColumn.create("epoch", e.stream().mapToInt(EpochRecord::epoch).toArray()),
                DoubleColumn.create("loss", e.stream().mapToDouble(EpochRecord::loss).toArray()),
                DoubleColumn.create("cross-entropy", e.stream().mapToDouble(EpochRecord::crossEntropy).toArray()),
                DoubleColumn.create("inlier margin", e.stream().mapToDouble(EpochRecord::inlierMargin).toArray()),
                DoubleColumn.create("outlier margin", e.stream().mapToDouble(EpochRecord::outlierMargin).toArray()),
                DoubleColumn.create("E(ID)", e.stream().mapToDouble(EpochRecord::energyId).toArray()),
                DoubleColumn.create("E(latent)", e.stream().mapToDouble(EpochRecord::energyLatent).toArray()),
                DoubleColumn.create("E(pixel)", e.stream().mapToDouble(EpochRecord::energyPixel).toArray()),
                DoubleColumn.create("train acc", e.stream().mapToDouble(EpochRecord::trainAccuracy).toArray()),
                DoubleColumn.create("val bal. acc", e.stream().mapToDouble(EpochRecord::valBalancedAccuracy).toArray()));
    }

    /** The loss terms per epoch, as drawn live during training. */
    public Figure lossFigure() {
        return TrainingPlot.lossFigure(result.epochs(), config);
    }

    /** Mean energies per epoch against the margins, as drawn live during training. */
    public Figure energyFigure() {
        return TrainingPlot.energyFigure(result.epochs(), config);
    }

    /**
     * The latent space of this model: features of (at most the budget's number of) in-class
     * training images, the class Gaussians fitted to the latest {@code queueCapacity} per class,
     * and the low-density samples drawn with the configuration's sizes and seed. The features are
     * computed here, while the network is open; the view fits and draws when it is first shown.
     */
    public LatentView latent() {
        ImageSet images = trainingImages();
        Inference.Outputs out = model.infer(images, Display.progressListener());
        LatentSettings settings = config.latent();
        return LatentView.of("Latent space of " + split.prepared().dataset().name() + " (" + config.protocol().cliName()
                + "): ID features and low-density samples", out.features(), images.labels(), out.dimension(),
                split.data().inClassNames(), settings, config.seed());
    }

    /**
     * How many in-class training images the latent view and the detectors use under the current
     * budget: twice the evaluation cap, so the fitted statistics rest on more images than they score
     * (0 = all).
     */
    static int trainingImageCap() {
        return Kys.budget().maxOodImages() * 2;
    }

    private ImageSet trainingImages() {
        return DataPreparation.limit(split.data().trainIn(), trainingImageCap(), config.seed());
    }

    /**
     * Scores the ID test images and every OOD set by negative energy (at the training temperature)
     * and computes the metrics: the split's novel classes, and each other MedMNIST dataset in the
     * data folder as a modality shift. Sets are capped at the budget's image count.
     */
    public EvaluationView evaluate() {
        return evaluate(List.of(Detectors.energy(config.margins().temperature())));
    }

    /**
     * Fits each detector on the in-class training images and scores the same sets as
     * {@link #evaluate()}: {@code model.evaluate(Detectors.knn(50), Detectors.vim())}. The network
     * runs once per image set for all detectors, and not again for sets an earlier evaluation of
     * this checkpoint saw (the run folder keeps their features); a detector that cannot be fitted
     * shows as failed and the others still run.
     */
    public EvaluationView evaluate(Detector... detectors) {
        return evaluate(List.of(detectors));
    }

    /** {@link #evaluate(Detector...)} with a list, e.g. {@code model.evaluate(Detectors.all())}. */
    public EvaluationView evaluate(List<Detector> detectors) {
        int max = Kys.budget().maxOodImages();
        Map<String, OodEvaluator.OodSet> sets = EvaluationSets.withOtherDatasets(split.prepared(), split.dataDir(), max,
                max, config.seed());
        ImageSet idTest = DataPreparation.limit(split.data().testIn(), max, config.seed());
        OodEvaluator.Evaluation evaluation = new OodEvaluator(model, detectors, 0, config.seed(),
                FeatureCache.of(model, runFolder())).evaluate(trainingImages(), idTest, sets, Display.progressListener());
        return new EvaluationView(split.prepared().dataset().name() + " (" + config.protocol().cliName() + ")", evaluation);
    }

    /** The log table and both training figures. */
    @Override
    public DisplayContent toDisplay() {
        String html = "<div>" + Html.escape(summary()) + "</div>\n"
                + TableHtml.of(epochTable(), 3) + "\n"
                + FigureDisplay.content(lossFigure()).get(DisplayContent.HTML).orElse("") + "\n"
                + FigureDisplay.content(energyFigure()).get(DisplayContent.HTML).orElse("");
        return DisplayContent.html(html).with(DisplayContent.TEXT, summary() + "\n" + epochTable().print());
    }

    /** One line: protocol, model, epochs, best epoch and its validation balanced accuracy, run folder. */
    public String summary() {
        return String.format(Locale.ROOT, "%s on %s, %s, %d epochs; best validation balanced accuracy %.3f at epoch %d; run %s",
                config.protocol().cliName(), split.prepared().dataset().name(), config.model(), result.epochs().size(),
                result.bestValBalancedAccuracy(), result.bestEpoch(), runFolder());
    }

    /** Frees the network. */
    @Override
    public void close() {
        model.close();
    }

    @Override
    public String toString() {
        return "TrainedModel[" + summary() + "]";
    }
}
