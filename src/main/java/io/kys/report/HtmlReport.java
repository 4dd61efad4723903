package io.kys.report;

import io.kys.AtomicFiles;
import io.kys.data.UInt8Image;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import tech.tablesaw.api.Table;
import tech.tablesaw.plotly.components.Figure;

/**
 * A self-contained HTML report: a title, then text, tables, figures and image grids in the order
 * they were added. plotly.js is embedded once (only when there is a figure) and images are inline
 * PNGs, so the file opens anywhere with no network. Build with {@link #builder(String)}.
 */
public final class HtmlReport {
    private final String title;
    private final List<String> blocks;
    private final int figureCount;

    private HtmlReport(String title, List<String> blocks, int figureCount) {
        this.title = title;
        this.blocks = List.copyOf(blocks);
        this.figureCount = figureCount;
    }

    /** Starts a report with this title (shown as the page title and the top heading). */
    public static Builder builder(String title) {
        return new Builder(title);
    }

    /** Number of figures in the report. */
    public int figureCount() {
        return figureCount;
    }

    /** The whole page. */
    public String html() {
        StringBuilder page = new StringBuilder(figureCount > 0 ? 11_000_000 : 64_000);
        page.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
                .append("<title>").append(Html.escape(title)).append("</title>\n")
                .append("<style>\n")
                .append("body { font-family: system-ui, -apple-system, 'Segoe UI', sans-serif; color: #222; margin: 0; }\n")
                .append("main { max-width: 1000px; margin: 0 auto; padding: 16px 24px 48px; }\n")
                .append("code { background: #f3f3f3; padding: 0 3px; border-radius: 3px; }\n")
                .append(".kys-caption { color: #555; font-size: 14px; margin: 2px 0 16px; }\n")
                .append("</style>\n");
        if (figureCount > 0) {
            page.append(PlotlyEmbed.libraryScript()).append('\n');
        }
        page.append("</head>\n<body>\n<main>\n<h1>").append(Html.escape(title)).append("</h1>\n");
        for (String block : blocks) {
            page.append(block).append('\n');
        }
        return page.append("</main>\n</body>\n</html>\n").toString();
    }

    /**
     * Writes the page to {@code file} atomically, creating missing folders.
     *
     * @throws io.kys.KysException if the file cannot be written
     */
    public void write(Path file) {
        AtomicFiles.writeString(file, html());
    }

    /** Collects the parts of a report, in order. */
    public static final class Builder {
        private final String title;
        private final List<String> blocks = new ArrayList<>();
        private int figures;

        private Builder(String title) {
            this.title = title;
        }

        /**
         * Prose in a small Markdown subset: {@code #}..{@code ###} headings, blank-line
         * paragraphs, {@code -} lists, {@code `code`}, {@code **bold**}. Other markup is shown
         * as text.
         */
        public Builder text(String markdown) {
            blocks.add(TextHtml.toHtml(markdown));
            return this;
        }

        /** A table, floating-point cells to {@value TableHtml#DEFAULT_DECIMALS} decimals; its name is the caption. */
        public Builder table(Table table) {
            blocks.add(TableHtml.of(table));
            return this;
        }

        /** A table, floating-point cells to {@code decimals} decimals; its name is the caption. */
        public Builder table(Table table, int decimals) {
            blocks.add(TableHtml.of(table, decimals));
            return this;
        }

        /** A figure without caption. */
        public Builder figure(Figure figure) {
            return figure("", figure);
        }

        /** A figure with a caption below it (plain text; empty for none). */
        public Builder figure(String caption, Figure figure) {
            figures++;
            String html = PlotlyEmbed.figureHtml(figure, "kys_fig_" + figures);
            if (!caption.isEmpty()) {
                html += "\n<p class=\"kys-caption\">" + Html.escape(caption) + "</p>";
            }
            blocks.add(html);
            return this;
        }

        /** A grid of images with one caption each (or an empty caption list), see {@link ImageGrid}. */
        public Builder images(List<UInt8Image> images, List<String> captions) {
            blocks.add(ImageGrid.html(images, captions));
            return this;
        }

        /**
         * An HTML fragment as is, e.g. from {@link ImageGrid#html(List, List, int, int)}. It must be
         * trusted and self-contained: nothing in it is escaped or checked.
         */
        public Builder html(String trustedHtml) {
            blocks.add(trustedHtml);
            return this;
        }

        /** The report. The builder can go on and build again. */
        public HtmlReport build() {
            return new HtmlReport(title, blocks, figures);
        }
    }
}
