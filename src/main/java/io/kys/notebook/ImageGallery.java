package io.kys.notebook;

import io.kys.data.UInt8Image;
import io.kys.report.Html;
import io.kys.report.ImageGrid;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Rows of small images with captions, e.g. one row per class or one row per augmentation, shown
 * as a grid of enlarged pixels in a notebook and as a one-line summary elsewhere.
 *
 * @param title heading above the rows
 * @param rows the rows, top to bottom
 * @param note a line below the grid (e.g. the data set's licence), or empty
 */
public record ImageGallery(String title, List<Row> rows, String note) implements Displayable {
    /** Pixels a displayed image side has at least; 28-pixel images are enlarged 3 times. */
    static final int MIN_DISPLAY_PIXELS = 84;

    /**
     * One labelled row.
     *
     * @param label the row's name, shown at its left
     * @param images its images, left to right
     * @param captions one caption per image, or an empty list
     */
    public record Row(String label, List<UInt8Image> images, List<String> captions) {
        /** Copies the lists and checks that captions, when given, match the images. */
        public Row {
            Objects.requireNonNull(label, "label");
            images = List.copyOf(images);
            captions = List.copyOf(captions);
            if (!captions.isEmpty() && captions.size() != images.size()) {
                throw new IllegalArgumentException(images.size() + " images but " + captions.size() + " captions");
            }
        }
    }

    /** Copies the rows. */
    public ImageGallery {
        Objects.requireNonNull(title, "title");
        rows = List.copyOf(rows);
        note = note == null ? "" : note;
    }

    /** Every image, row by row. */
    public List<UInt8Image> images() {
        List<UInt8Image> all = new ArrayList<>();
        rows.forEach(r -> all.addAll(r.images()));
        return all;
    }

    /** The HTML grid with the summary as its text form. */
    @Override
    public DisplayContent toDisplay() {
        return DisplayContent.html(html()).with(DisplayContent.TEXT, toString());
    }

    /** The gallery as an HTML fragment: title, a labelled grid per row, the note. */
    public String html() {
        StringBuilder html = new StringBuilder("<div class=\"kys-gallery\">\n");
        if (!title.isBlank()) {
            html.append("<div style=\"font-weight:bold;margin:6px 0;\">").append(Html.escape(title)).append("</div>\n");
        }
        for (Row row : rows) {
            int largest = row.images().stream().mapToInt(i -> Math.max(i.height(), i.width())).max().orElse(1);
            int scale = Math.max(1, (MIN_DISPLAY_PIXELS + largest - 1) / largest);
            html.append("<div style=\"display:flex;align-items:center;gap:10px;\">")
                    .append("<div style=\"width:130px;font-size:13px;text-align:right;\">")
                    .append(Html.escape(row.label())).append("</div>")
                    .append(ImageGrid.html(row.images(), row.captions(), Math.max(1, row.images().size()), scale))
                    .append("</div>\n");
        }
        if (!note.isBlank()) {
            html.append("<div style=\"font-size:12px;color:#555;margin-top:4px;\">").append(Html.escape(note)).append("</div>\n");
        }
        return html.append("</div>").toString();
    }

    /** {@code [title: 24 images in 3 rows (a, b, c)]}. */
    @Override
    public String toString() {
        List<String> labels = rows.stream().map(Row::label).toList();
        return "[" + title + ": " + images().size() + " images in " + rows.size() + " rows ("
                + String.join(", ", labels) + ")]";
    }
}
