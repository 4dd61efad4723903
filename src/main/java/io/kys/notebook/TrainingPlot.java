package io.kys.notebook;

import io.kys.progress.ProgressListener;
import io.kys.report.LineChart;
import io.kys.report.Series;
import io.kys.train.EpochRecord;
import io.kys.train.MarginMode;
import io.kys.train.StepRecord;
import io.kys.train.TrainConfig;
import io.kys.train.TrainingListener;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.ToDoubleFunction;
import tech.tablesaw.plotly.components.Figure;

/**
 * What a notebook shows while a model trains: one status line for the whole run (epoch, step,
 * current loss terms) and two figures redrawn after every epoch, the loss terms and the mean
 * energies of ID images, latent samples and pixel outliers against the two margins. Outside a
 * notebook the status line prints each epoch's steps and the figures are skipped.
 */
final class TrainingPlot implements TrainingListener, ProgressListener {
    private final TrainConfig config;
    private final ProgressLine line;
    private final LongRunWarning warning;
    private final List<EpochRecord> epochs = new ArrayList<>();
    private LivePlot losses;
    private LivePlot energies;
    private LivePlot actives;
    private String task = "";
    private long total;

    private TrainingPlot(TrainConfig config, ProgressLine line, LongRunWarning warning) {
        this.config = config;
        this.line = line;
        this.warning = warning;
    }

    /** Shows the status line; the figures appear with the first finished epoch. */
    static TrainingPlot start(TrainConfig config) {
        return start(config, null);
    }

    /** As {@link #start(TrainConfig)}, telling the reader early when the run will take long ({@code warning}, may be null). */
    static TrainingPlot start(TrainConfig config, LongRunWarning warning) {
        return new TrainingPlot(config, Display.progress("training " + config.protocol().cliName() + " ("
                + config.model() + ", " + config.schedule().epochs() + " epochs)"), warning);
    }

    @Override
    public void onStep(StepRecord step) {
        if (warning != null) {
            warning.stepDone();
        }
    }

    @Override
    public synchronized void start(String task, long total) {
        this.task = task;
        this.total = total;
        line.update(task);
    }

    @Override
    public synchronized void progress(long done, String detail) {
        line.update(task + ": " + NotebookProgress.status(done, total, detail));
    }

    @Override
    public synchronized void onEpoch(EpochRecord epoch) {
        epochs.add(epoch);
        redraw();
    }

    @Override
    public void onWarning(String message) {
        Display.text("warning: " + message);
    }

    /**
     * Closes the status line with the outcome and, when no epoch ran here (a finished run was
     * reused), draws the figures from the run's records.
     */
    synchronized void finish(List<EpochRecord> all) {
        if (epochs.isEmpty() && !all.isEmpty()) {
            epochs.addAll(all);
            redraw();
        }
        EpochRecord last = all.isEmpty() ? null : all.get(all.size() - 1);
        line.update(last == null ? "no epoch ran" : String.format(Locale.ROOT,
                "%d epochs, last: loss %.3f, validation balanced accuracy %.3f", all.size(), last.loss(),
                last.valBalancedAccuracy()));
        line.close();
    }

    private void redraw() {
        Figure lossFigure = lossFigure(epochs, config);
        Figure energyFigure = energyFigure(epochs, config);
        Figure activeFigure = activeFigure(epochs, config);
        if (losses == null) {
            losses = LivePlot.start(lossFigure);
            energies = LivePlot.start(energyFigure);
            actives = config.protocol().hasMargin() ? LivePlot.start(activeFigure) : null;
        } else {
            losses.redraw(lossFigure);
            energies.redraw(energyFigure);
            if (actives != null) {
                actives.redraw(activeFigure);
            }
        }
    }

    /** Cross-entropy, the two margin terms weighted by beta, and their sum, per epoch. */
    static Figure lossFigure(List<EpochRecord> epochs, TrainConfig config) {
        double beta = config.margins().beta();
        List<Series> series = new ArrayList<>();
        series.add(curve("total loss", epochs, EpochRecord::loss));
        series.add(curve("cross-entropy", epochs, EpochRecord::crossEntropy));
        series.add(curve("beta x inlier margin", epochs, e -> beta * e.inlierMargin()));
        series.add(curve("beta x outlier margin", epochs, e -> beta * e.outlierMargin()));
        return LineChart.figure("Loss terms (" + config.protocol().cliName() + ")", "epoch", "loss",
                series.stream().filter(s -> s.x().length > 0).toList());
    }

    /** Mean energy of ID images, latent samples and pixel outliers per epoch, with the margins drawn flat. */
    static Figure energyFigure(List<EpochRecord> epochs, TrainConfig config) {
        List<Series> series = new ArrayList<>();
        series.add(curve("ID images", epochs, EpochRecord::energyId));
        series.add(curve("latent samples", epochs, EpochRecord::energyLatent));
        series.add(curve("pixel outliers", epochs, EpochRecord::energyPixel));
        // Adaptive margins move with the ID energies: draw the ones each epoch used.
        boolean adaptive = config.margins().mode() == MarginMode.ADAPTIVE;
        String in = adaptive ? "m_in (adaptive)" : "m_in (" + fmt(config.margins().mIn()) + ")";
        String out = adaptive ? "m_out (adaptive)" : "m_out (" + fmt(config.margins().mOut()) + ")";
        series.add(curve(in, epochs, e -> Double.isFinite(e.marginIn()) ? e.marginIn() : config.margins().mIn()));
        series.add(curve(out, epochs, e -> Double.isFinite(e.marginOut()) ? e.marginOut() : config.margins().mOut()));
        return LineChart.figure("Mean energy (lower = more in-distribution)", "epoch", "energy",
                series.stream().filter(s -> s.x().length > 0).toList());
    }

    /**
     * The percentage of inliers above {@code m_in} and of outliers below {@code m_out} per epoch:
     * a hinge acts only on those, so a curve at 0 means that term gives no gradient at all.
     */
    static Figure activeFigure(List<EpochRecord> epochs, TrainConfig config) {
        List<Series> series = new ArrayList<>();
        series.add(curve("inliers with E > m_in", epochs, e -> 100 * e.inlierActive()));
        series.add(curve("outliers with E < m_out", epochs, e -> 100 * e.outlierActive()));
        return LineChart.figure("Active hinges (%): where each margin term acts", "epoch", "% active",
                series.stream().filter(s -> s.x().length > 0).toList());
    }

    private static String fmt(double v) {
        return v == Math.rint(v) ? Long.toString((long) v) : Double.toString(v);
    }

    /** The finite values of {@code value} over the epochs; terms a protocol does not compute are NaN and left out. */
    static Series curve(String name, List<EpochRecord> epochs, ToDoubleFunction<EpochRecord> value) {
        double[] x = new double[epochs.size()];
        double[] y = new double[epochs.size()];
        int n = 0;
        for (EpochRecord e : epochs) {
            double v = value.applyAsDouble(e);
            if (Double.isFinite(v)) {
                x[n] = e.epoch();
                y[n++] = v;
            }
        }
        return new Series(name, java.util.Arrays.copyOf(x, n), java.util.Arrays.copyOf(y, n));
    }
}
