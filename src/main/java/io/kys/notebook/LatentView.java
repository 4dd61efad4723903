package io.kys.notebook;

import io.kys.KysException;
import io.kys.latent.ClassConditionalGaussian;
import io.kys.latent.FeatureQueues;
import io.kys.latent.GaussianFitException;
import io.kys.latent.LatentSamples;
import io.kys.latent.LatentSettings;
import io.kys.latent.LowDensitySampler;
import io.kys.latent.PcaProjection;
import io.kys.report.Html;
import io.kys.report.Series;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import tech.tablesaw.plotly.components.Axis;
import tech.tablesaw.plotly.components.Figure;
import tech.tablesaw.plotly.components.Layout;
import tech.tablesaw.plotly.components.Marker;
import tech.tablesaw.plotly.components.Symbol;
import tech.tablesaw.plotly.traces.ScatterTrace;
import tech.tablesaw.plotly.traces.Trace;

/**
 * The latent space of a classifier as the method uses it: the feature vectors of in-distribution
 * images, one class-conditional Gaussian per class with a shared covariance fitted to the latest
 * of them, and the low-density samples drawn from those Gaussians (the latent inliers). The
 * picture is a 2-D principal-component projection of the real features with the samples on top.
 */
public final class LatentView implements Displayable {
    private final String title;
    private final List<String> classNames;
    private final float[] features;
    private final int[] labels;
    private final int dim;
    private final LatentSettings settings;
    private final long seed;
    private Fit fit;

    /**
     * What fitting produces: the queued features with their classes, the class Gaussians, the
     * low-density samples and the projection of the picture.
     */
    private record Fit(float[] queued, int[] queuedLabels, ClassConditionalGaussian gaussian, LatentSamples samples,
                       PcaProjection pca) { }

    private LatentView(String title, float[] features, int[] labels, int dim, List<String> classNames,
                       LatentSettings settings, long seed) {
        this.title = title;
        this.features = features;
        this.labels = labels;
        this.dim = dim;
        this.classNames = List.copyOf(classNames);
        this.settings = settings;
        this.seed = seed;
    }

    /**
     * The latent space of these features. Nothing is fitted yet: when the view is first shown or
     * asked for its Gaussians, samples or projection, it queues the features class by class (the
     * latest {@code settings.queueCapacity()} of each class stay, as during training), fits the
     * Gaussians, draws the low-density samples with {@code seed} and fits the projection to the
     * queued features, once.
     *
     * @param title figure title
     * @param features {@code n x dim} row-major penultimate features of ID images
     * @param labels class of each row, {@code 0..classNames.size()-1}
     * @param dim feature length
     * @param classNames names of the in-classes
     * @param settings queue, draw and keep sizes, and the covariance ridge
     * @param seed seed of the draws
     */
    public static LatentView of(String title, float[] features, int[] labels, int dim, List<String> classNames,
                                LatentSettings settings, long seed) {
        return new LatentView(title, features, labels, dim, classNames, settings, seed);
    }

    /** The fit, made on first use. */
    private Fit fit() {
        if (fit == null) {
            fit = fitNow();
        }
        return fit;
    }

    /** Queues, fits, draws and projects; a class without features or a singular covariance is a {@link KysException}. */
    private Fit fitNow() {
        FeatureQueues queues = new FeatureQueues(classNames.size(), settings.queueCapacity(), dim);
        queues.add(features, labels);
        for (int c = 0; c < classNames.size(); c++) {
            if (queues.size(c) == 0) {
                throw new KysException("class " + classNames.get(c) + " has no feature vector to fit its Gaussian to");
            }
        }
        ClassConditionalGaussian gaussian;
        try {
            gaussian = ClassConditionalGaussian.fit(queues, settings.ridge());
        } catch (GaussianFitException e) {
            throw new KysException("cannot fit the class Gaussians to the features: " + e.getMessage(), e);
        }
        LatentSamples samples = LowDensitySampler.sample(gaussian, settings, new Random(seed));
        float[] queued = new float[queues.totalSize() * dim];
        int[] queuedLabels = new int[queues.totalSize()];
        int at = 0;
        for (int c = 0; c < classNames.size(); c++) {
            float[] v = queues.vectors(c);
            System.arraycopy(v, 0, queued, at * dim, v.length);
            Arrays.fill(queuedLabels, at, at + queues.size(c), c);
            at += queues.size(c);
        }
        return new Fit(queued, queuedLabels, gaussian, samples, PcaProjection.fit(queued, dim, 2));
    }

    /**
     * The fitted class Gaussians.
     *
     * @throws KysException when a class has no feature or the covariance cannot be factorized
     */
    public ClassConditionalGaussian gaussian() {
        return fit().gaussian();
    }

    /** The low-density samples (latent inliers), class by class; see {@link #gaussian()} for the errors. */
    public LatentSamples samples() {
        return fit().samples();
    }

    /** The projection of the picture; see {@link #gaussian()} for the errors. */
    public PcaProjection projection() {
        return fit().pca();
    }

    /** One colour per class, shared by its features and its samples (Plotly's default cycle). */
    private static final String[] PALETTE = {"#1f77b4", "#ff7f0e", "#2ca02c", "#d62728", "#9467bd", "#8c564b",
        "#e377c2", "#7f7f7f", "#bcbd22", "#17becf"};

    /**
     * Real features per class as small faint dots, then the samples per class as large diamonds in
     * the class's colour, in the first two principal components of the real features.
     */
    public Figure figure() {
        Fit f = fit();
        LatentSamples samples = f.samples();
        double[][] real = f.pca().project(f.queued());
        double[][] drawn = f.pca().project(samples.features());
        double[] ratio = f.pca().explainedRatio();
        List<Trace> traces = new ArrayList<>();
        for (int c = 0; c < classNames.size(); c++) {
            traces.add(trace(select(classNames.get(c) + " (features)", real, f.queuedLabels(), c), PALETTE[c % PALETTE.length],
                    Symbol.CIRCLE, 5, 0.35));
        }
        for (int c = 0; c < classNames.size(); c++) {
            traces.add(trace(select(classNames.get(c) + " (low-density samples)", drawn, samples.labels(), c),
                    PALETTE[c % PALETTE.length], Symbol.DIAMOND, 9, 0.95));
        }
        Layout layout = Layout.builder().title(title).autosize(true)
                .xAxis(Axis.builder().title(String.format(Locale.ROOT, "PC 1 (%.0f%% of variance)", 100 * ratio[0])).build())
                .yAxis(Axis.builder().title(String.format(Locale.ROOT, "PC 2 (%.0f%% of variance)", 100 * ratio[1])).build())
                .build();
        return new Figure(layout, traces.toArray(new Trace[0]));
    }

    private static Trace trace(Series points, String color, Symbol symbol, double size, double opacity) {
        return ScatterTrace.builder(points.x(), points.y())
                .mode(ScatterTrace.Mode.MARKERS)
                .marker(Marker.builder().color(color).symbol(symbol).size(size).opacity(opacity).build())
                .name(points.name())
                .build();
    }

    private static Series select(String name, double[][] xy, int[] labels, int c) {
        int n = (int) Arrays.stream(labels).filter(l -> l == c).count();
        double[] x = new double[n];
        double[] y = new double[n];
        int k = 0;
        for (int i = 0; i < labels.length; i++) {
            if (labels[i] == c) {
                x[k] = xy[0][i];
                y[k++] = xy[1][i];
            }
        }
        return new Series(name, x, y);
    }

    /**
     * Per class: mean log-density of its real features and of its kept samples under the class
     * Gaussian, showing that the samples lie at the rim of each class.
     */
    public String describe() {
        Fit f = fit();
        ClassConditionalGaussian gaussian = f.gaussian();
        LatentSamples samples = f.samples();
        float[] features = f.queued();
        int[] labels = f.queuedLabels();
        StringBuilder text = new StringBuilder(String.format(Locale.ROOT,
                "%d classes, %d-d features; kept the %d lowest-density of %d draws per class (ridge %.0e)%n",
                classNames.size(), gaussian.dim(), settings.keepPerClass(), settings.drawsPerClass(), settings.ridge()));
        int dim = gaussian.dim();
        for (int c = 0; c < classNames.size(); c++) {
            double realSum = 0;
            int realCount = 0;
            for (int i = 0; i < labels.length; i++) {
                if (labels[i] == c) {
                    realSum += gaussian.logDensity(c, row(features, i, dim));
                    realCount++;
                }
            }
            double sampleSum = 0;
            int sampleCount = 0;
            for (int i = 0; i < samples.count(); i++) {
                if (samples.labels()[i] == c) {
                    sampleSum += samples.logDensities()[i];
                    sampleCount++;
                }
            }
            text.append(String.format(Locale.ROOT, "  %-24s mean log-density: features %10.1f, samples %10.1f%n",
                    classNames.get(c), realSum / realCount, sampleSum / sampleCount));
        }
        return text.toString().stripTrailing();
    }

    private static double[] row(float[] values, int i, int dim) {
        double[] out = new double[dim];
        for (int j = 0; j < dim; j++) {
            out[j] = values[i * dim + j];
        }
        return out;
    }

    /** The scatter plot with the log-density summary below it. */
    @Override
    public DisplayContent toDisplay() {
        DisplayContent figure = FigureDisplay.content(figure());
        String html = figure.get(DisplayContent.HTML).orElse("") + "\n<pre>" + Html.escape(describe()) + "</pre>";
        return DisplayContent.html(html).with(DisplayContent.TEXT, describe());
    }
}
