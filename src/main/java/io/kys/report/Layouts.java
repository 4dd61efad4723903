package io.kys.report;

import tech.tablesaw.plotly.components.Axis;
import tech.tablesaw.plotly.components.Layout;

/** The layout every chart shares: a title, titled axes, the size taken from the page. */
final class Layouts {
    private Layouts() { }

    /** A builder with title and axis titles set; callers add what their chart needs. */
    static Layout.LayoutBuilder titled(String title, String xTitle, String yTitle) {
        return Layout.builder()
                .title(title)
                .autosize(true)
                .xAxis(Axis.builder().title(xTitle).build())
                .yAxis(Axis.builder().title(yTitle).build());
    }
}
