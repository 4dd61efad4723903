package io.kys.report;

import io.kys.data.UInt8Image;
import java.util.Base64;
import java.util.List;

/**
 * A grid of images with captions as an HTML fragment: each image an inline PNG ({@code data:}
 * URL), enlarged by pixel repetition, styled inline so it shows the same in a report and in a
 * notebook output.
 */
public final class ImageGrid {
    /** Images per row when none is given. */
    public static final int DEFAULT_COLUMNS = 8;
    /** Smallest displayed side in pixels when the scale is chosen automatically. */
    static final int MIN_DISPLAY_PIXELS = 84;

    private ImageGrid() { }

    /**
     * The grid with {@link #DEFAULT_COLUMNS} columns and each image enlarged to at least 84 pixels.
     *
     * @param images the images, row by row
     * @param captions one caption per image, or an empty list for none
     */
    public static String html(List<UInt8Image> images, List<String> captions) {
        int largest = 1;
        for (UInt8Image image : images) {
            largest = Math.max(largest, Math.max(image.height(), image.width()));
        }
        int scale = Math.max(1, (MIN_DISPLAY_PIXELS + largest - 1) / largest);
        return html(images, captions, DEFAULT_COLUMNS, scale);
    }

    /**
     * The grid.
     *
     * @param images the images, row by row
     * @param captions one caption per image, or an empty list for none
     * @param columns images per row, at least 1
     * @param scale enlargement factor, at least 1
     */
    public static String html(List<UInt8Image> images, List<String> captions, int columns, int scale) {
        if (!captions.isEmpty() && captions.size() != images.size()) {
            throw new IllegalArgumentException(images.size() + " images but " + captions.size() + " captions");
        }
        if (columns < 1) {
            throw new IllegalArgumentException("columns must be at least 1, got " + columns);
        }
        StringBuilder html = new StringBuilder();
        html.append("<div class=\"kys-image-grid\" style=\"display:grid;grid-template-columns:repeat(")
                .append(columns).append(",max-content);gap:8px;margin:8px 0;\">\n");
        for (int i = 0; i < images.size(); i++) {
            UInt8Image image = images.get(i);
            String caption = captions.isEmpty() ? "" : captions.get(i);
            html.append("<figure style=\"margin:0;text-align:center;\">")
                    .append("<img src=\"data:image/png;base64,")
                    .append(Base64.getEncoder().encodeToString(ImagePng.encode(image, scale)))
                    .append("\" width=\"").append(image.width() * scale)
                    .append("\" height=\"").append(image.height() * scale)
                    .append("\" alt=\"").append(Html.escape(caption))
                    .append("\" style=\"image-rendering:pixelated;display:block;\">");
            if (!caption.isEmpty()) {
                html.append("<figcaption style=\"font-size:12px;max-width:").append(image.width() * scale)
                        .append("px;\">").append(Html.escape(caption)).append("</figcaption>");
            }
            html.append("</figure>\n");
        }
        return html.append("</div>").toString();
    }
}
