package io.kys.experiment;

import io.kys.ood.OodSetResult;
import io.kys.ood.detect.DetectorSpec;
import io.kys.ood.detect.EnergyDetector;
import io.kys.report.DetectorHistogram;
import io.kys.report.Heatmap;
import io.kys.report.HtmlReport;
import io.kys.report.NamedValues;
import io.kys.report.RadarChart;
import io.kys.train.Protocol;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The self-contained HTML report of a reproduction: the document's text and tables, the paper's
 * radar charts (mean over seeds, percent, one trace per protocol), for a grid with detectors a
 * protocol x detector heatmap of mean AUROC per dataset and axis, and the histograms of the main
 * detector's scores (energy by default) of each protocol's first seed.
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
        if (s.hasDetectorAxis()) {
            heatmaps(b, s);
        }
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

    private static void heatmaps(HtmlReport.Builder b, GridSummary s) {
        b.text("## Protocols x detectors\n\nMean AUROC over each axis's OOD sets, percent, mean over seeds; a blank "
                + "cell is a detector that failed on every seed.");
        List<String> detectors = s.detectors();
        List<String> protocols = s.protocols().stream().map(Protocol::cliName).toList();
        for (String d : s.datasets()) {
            for (GridAxis a : List.of(GridAxis.MODALITY_SHIFT_AUROC, GridAxis.NOVEL_CLASS_AUROC)) {
                if (a == GridAxis.NOVEL_CLASS_AUROC && !s.hasNovelClasses(d)) {
                    continue;
                }
                double[][] v = new double[protocols.size()][detectors.size()];
                for (int p = 0; p < v.length; p++) {
                    for (int k = 0; k < detectors.size(); k++) {
                        v[p][k] = 100 * s.detectorAuroc(d, s.protocols().get(p), detectors.get(k), a.kind()).mean();
                    }
                }
                b.figure(d + ": " + a.label() + " by protocol and detector",
                        Heatmap.figure(d + ": " + a.label(), protocols, detectors, v, GridTables.DECIMALS));
            }
        }
    }

    private static void histograms(HtmlReport.Builder b, GridSummary s, CellStore store) {
        if (s.seeds().isEmpty()) {
            return;
        }
        long seed = s.seeds().get(0);
        String main = s.detectors().get(0);
        boolean energy = DetectorSpec.nameOf(main).equals(EnergyDetector.NAME);
        String what = energy ? "Energy" : "Scores of " + main;
        b.text("## " + (energy ? "Energy histograms" : what) + "\n\n" + what + " of the ID test images and of each OOD set, "
                + "seed " + seed + " of each protocol. " + (energy ? "Lower energy" : "A higher score")
                + " means more in-distribution.");
        for (String d : s.datasets()) {
            for (Protocol p : s.protocols()) {
                Optional<List<OodSetResult>> r = s.cell(d, p, seed).flatMap(c -> store.detections(c, main));
                if (r.isPresent()) {
                    String name = d + ", " + p.cliName() + ", seed " + seed;
                    b.figure(what + " of ID vs OOD images, " + name, DetectorHistogram.figure(what + ", " + name, r.get()));
                }
            }
        }
    }
}
