package io.kys.report;

import io.kys.data.UInt8Image;
import io.kys.ood.ScorePair;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;
import tech.tablesaw.plotly.components.Figure;

/** Seeded example content of every kind a report can hold. */
final class SampleReports {
    private SampleReports() { }

    static double[] gaussian(Random random, int n, double mean, double sd) {
        double[] values = new double[n];
        for (int i = 0; i < n; i++) {
            values[i] = mean + sd * random.nextGaussian();
        }
        return values;
    }

    /** One figure of each chart kind, in a fixed order. */
    static List<Figure> everyFigureKind() {
        Random random = new Random(17);
        double[] id = gaussian(random, 400, 14, 2.5);
        double[] far = gaussian(random, 300, 6, 2.5);
        double[] near = gaussian(random, 300, 11, 2.5);
        List<String> metrics = List.of("AUROC", "AUPR-In", "AUPR-Out");
        List<NamedValues> protocols = List.of(
                new NamedValues("baseline", new double[] {0.81, 0.78, 0.80}),
                new NamedValues("NDA", new double[] {0.86, 0.84, 0.85}),
                new NamedValues("in-latent / out-pixel", new double[] {0.92, 0.90, 0.91}));
        List<NamedValues> radar = List.of(
                new NamedValues("baseline", new double[] {95.1, 97.0, 80.2}),
                new NamedValues("in-latent / out-pixel", new double[] {97.4, 99.7, 89.2}));
        List<Series> groups = new ArrayList<>();
        for (int g = 0; g < 3; g++) {
            groups.add(new Series("class " + g, gaussian(random, 80, 3 * g, 1), gaussian(random, 80, g % 2 * 3, 1)));
        }
        groups.add(new Series("latent inliers", gaussian(random, 40, 3, 3), gaussian(random, 40, 1.5, 3)));
        return List.of(
                RocChart.figure("ROC", List.of(new ScorePair("far OOD", id, far), new ScorePair("near OOD", id, near))),
                ScoreHistogram.figure("Negative energy", "negative energy (higher = more ID)",
                        List.of(new NamedValues("ID", id), new NamedValues("far OOD", far), new NamedValues("near OOD", near))),
                MetricBars.figure("Protocols", metrics, protocols),
                RadarChart.figure("Paper axes", RadarChart.PAPER_AXES, radar),
                LineChart.figure("Training", "epoch", "loss", List.of(
                        Series.overEpochs("cross-entropy", new double[] {2.1, 1.4, 1.0, 0.8, 0.7, 0.62}),
                        Series.overEpochs("margin x 0.1", new double[] {30, 24, 15, 9, 6, 4}))),
                ScatterChart.figure("Latent features", "component 1", "component 2", groups));
    }

    /** Small images: gray gradients and RGB stripes, 28 x 28. */
    static List<UInt8Image> images(int count) {
        List<UInt8Image> images = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            int channels = i % 2 == 0 ? 1 : 3;
            byte[] data = new byte[28 * 28 * channels];
            for (int y = 0; y < 28; y++) {
                for (int x = 0; x < 28; x++) {
                    for (int c = 0; c < channels; c++) {
                        int value = channels == 1 ? (x + y) * 255 / 54 : ((x / 4 + c + i) % 3 == 0 ? 230 : 30);
                        data[(y * 28 + x) * channels + c] = (byte) value;
                    }
                }
            }
            images.add(new UInt8Image(28, 28, channels, data));
        }
        return images;
    }

    /** A report with every kind of part. */
    static HtmlReport everything() {
        Table table = Table.create("Metrics per protocol",
                StringColumn.create("protocol", "baseline", "NDA", "in-latent / out-pixel"),
                DoubleColumn.create("AUROC", 0.8123456, 0.86, 0.9547602777777777));
        HtmlReport.Builder builder = HtmlReport.builder("Sample <report> & checks")
                .text("## Setup\n\nScores are **negative energy**; higher means `ID`.\n\n- one\n- two")
                .table(table);
        for (Figure figure : everyFigureKind()) {
            builder.figure("caption of a figure", figure);
        }
        List<String> captions = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            captions.add("image " + i);
        }
        return builder.images(images(6), captions).build();
    }
}
