package io.kys.experiment;

import io.kys.ood.DetectionResult;
import io.kys.report.HtmlReport;
import io.kys.report.NamedValues;
import io.kys.report.RadarChart;
import io.kys.train.Protocol;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The self-contained HTML report of a reproduction: the document's text and tables, the paper's
 * radar charts (mean over seeds, percent, one trace per protocol) and the energy histograms of
 * each protocol's first seed.
 */
public final class ReproductionReport {
    private ReproductionReport() { }

    /**
     * Builds the report.
     *
     * @param doc the text and tables
     * @param s the finished cells
     * @param store where the cells' score files are, for the histograms
     */
    public static HtmlReport html(ReproductionDocument doc, GridSummary s, CellStore store) {
        HtmlReport.Builder b = HtmlReport.builder(doc.title());
        List<ReproductionDocument.Section> sections = doc.sections();
        b.text(sections.get(0).text());
        radars(b, s);
        for (ReproductionDocument.Section sec : sections.subList(1, sections.size())) {
            b.text("## " + sec.heading() + "\n\n" + sec.text());
            if (sec.table() != null) {
                b.table(sec.table(), GridTables.DECIMALS);
            }
        }
        histograms(b, s, store);
        return b.build();
    }

    private static void radars(HtmlReport.Builder b, GridSummary s) {
        b.text("## Radar charts\n\nMean over seeds, percent. A dataset without novel classes has no point on the "
                + "novel-class axis.");
        if (s.datasets().size() >= 3) {
            // The paper's layout: one panel per quantity, one spoke per dataset.
            for (GridAxis a : GridAxis.values()) {
                List<String> spokes = new ArrayList<>();
                for (String d : s.datasets()) {
                    spokes.add(a == GridAxis.NOVEL_CLASS_AUROC && !s.hasNovelClasses(d) ? d + " (no novel classes)" : d);
                }
                List<NamedValues> traces = new ArrayList<>();
                for (Protocol p : s.protocols()) {
                    double[] v = new double[s.datasets().size()];
                    for (int i = 0; i < v.length; i++) {
                        v[i] = 100 * s.stats(s.datasets().get(i), p, a).mean();
                    }
                    traces.add(new NamedValues(p.cliName(), v));
                }
                b.figure(a.label() + " by dataset, one trace per protocol", RadarChart.figure(a.label(), spokes, traces));
            }
        }
        for (String d : s.datasets()) {
            List<NamedValues> traces = new ArrayList<>();
            for (Protocol p : s.protocols()) {
                double[] v = new double[GridAxis.values().length];
                for (GridAxis a : GridAxis.values()) {
                    v[a.ordinal()] = 100 * s.stats(d, p, a).mean();
                }
                traces.add(new NamedValues(p.cliName(), v));
            }
            b.figure(d + ": the paper's three axes, one trace per protocol",
                    RadarChart.figure(d, RadarChart.PAPER_AXES, traces));
        }
    }

    private static void histograms(HtmlReport.Builder b, GridSummary s, CellStore store) {
        if (s.seeds().isEmpty()) {
            return;
        }
        long seed = s.seeds().get(0);
        b.text("## Energy histograms\n\nEnergy of the ID test images and of each OOD set, seed " + seed
                + " of each protocol. Lower energy means more in-distribution.");
        for (String d : s.datasets()) {
            for (Protocol p : s.protocols()) {
                Optional<List<DetectionResult>> r = s.cell(d, p, seed).flatMap(store::detections);
                if (r.isPresent() && !r.get().isEmpty()) {
                    String name = d + ", " + p.cliName() + ", seed " + seed;
                    b.figure("Energy of ID vs OOD images, " + name,
                            ComparisonReport.energyHistogram("Energy, " + name, r.get()));
                }
            }
        }
    }
}
