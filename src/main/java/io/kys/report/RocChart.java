package io.kys.report;

import io.kys.ood.RocCurve;
import io.kys.ood.ScorePair;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import tech.tablesaw.plotly.components.Axis;
import tech.tablesaw.plotly.components.Figure;
import tech.tablesaw.plotly.components.Layout;
import tech.tablesaw.plotly.components.Line;
import tech.tablesaw.plotly.traces.ScatterTrace;
import tech.tablesaw.plotly.traces.Trace;

/** ROC curves of several detectors or test pairs in one chart, each labelled with its AUROC. */
public final class RocChart {
    private RocChart() { }

    /**
     * One curve per pair, legend "name (AUROC 0.955)", and the chance diagonal.
     *
     * @param title chart title
     * @param pairs the score pairs, drawn in this order
     */
    public static Figure figure(String title, List<ScorePair> pairs) {
        List<Trace> traces = new ArrayList<>();
        for (ScorePair pair : pairs) {
            RocCurve roc = RocCurve.of(pair.id(), pair.ood());
            String label = String.format(Locale.ROOT, "%s (AUROC %.3f)", pair.name(), roc.auc());
            RocCurve drawn = roc.simplified();
            traces.add(ScatterTrace.builder(drawn.fpr(), drawn.tpr()).mode(ScatterTrace.Mode.LINE).name(label).build());
        }
        traces.add(ScatterTrace.builder(new double[] {0, 1}, new double[] {0, 1})
                .mode(ScatterTrace.Mode.LINE)
                .line(Line.builder().dash(Line.Dash.DASH).color("#999999").width(1).build())
                .name("chance")
                .showLegend(false)
                .build());
        Layout layout = Layout.builder()
                .title(title)
                .autosize(true)
                .xAxis(Axis.builder().title("false positive rate (OOD accepted)").range(0, 1).build())
                .yAxis(Axis.builder().title("true positive rate (ID accepted)").range(0, 1.02).build())
                .build();
        return new Figure(layout, traces.toArray(new Trace[0]));
    }
}
