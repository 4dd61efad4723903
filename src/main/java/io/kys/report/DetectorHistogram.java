package io.kys.report;

import io.kys.ood.OodSetResult;
import io.kys.ood.detect.EnergyDetector;
import java.util.ArrayList;
import java.util.List;
import tech.tablesaw.plotly.components.Figure;

/**
 * Overlaid histograms of one detector's scores on one model: its ID test images, then each OOD
 * set. The energy detector is drawn as energy {@code E(x) = -score}, the paper's picture (lower =
 * more in-distribution); any other detector as its score (higher = more in-distribution).
 */
public final class DetectorHistogram {
    private DetectorHistogram() { }

    /**
     * The figure; all results must come from one detector of one evaluation, so that they share
     * the ID scores.
     *
     * @throws IllegalArgumentException when there is no result
     */
    public static Figure figure(String title, List<OodSetResult> results) {
        if (results.isEmpty()) {
            throw new IllegalArgumentException("no result to draw");
        }
        String detector = results.get(0).detector();
        boolean energy = EnergyDetector.NAME.equals(detector);
        List<NamedValues> sets = new ArrayList<>();
        sets.add(new NamedValues("ID test", energy ? negated(results.get(0).idScores()) : results.get(0).idScores()));
        for (OodSetResult r : results) {
            sets.add(new NamedValues(r.oodSet(), energy ? negated(r.oodScores()) : r.oodScores()));
        }
        String axis = energy ? "energy" : detector + " score (higher = more in-distribution)";
        return ScoreHistogram.figure(title, axis, sets);
    }

    private static double[] negated(double[] scores) {
        double[] out = new double[scores.length];
        for (int i = 0; i < out.length; i++) {
            out[i] = -scores[i];
        }
        return out;
    }
}
