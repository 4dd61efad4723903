package io.kys.report;

import io.kys.AtomicFiles;
import io.kys.KysException;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javax.imageio.ImageIO;

/**
 * A grid of small line charts drawn to a PNG with Java2D: a static picture for documents that
 * cannot run Plotly (a README, a docs page on a code host), for values in percent. Each panel shares the x positions
 * (categories such as budgets, drawn evenly spaced) and draws curves with a band of one
 * standard deviation; a curve's colour names its group (a protocol) and a dashed stroke its
 * variant (a margin mode), with one legend for the whole picture.
 */
public final class PngPanels {
    /**
     * One curve of a panel.
     *
     * @param group colour group, e.g. the protocol
     * @param dashed drawn dashed (the second variant)
     * @param mean value at each x position (NaN for none)
     * @param sd spread drawn as a band around the mean (NaN or 0 for none)
     */
    public record Curve(String group, boolean dashed, double[] mean, double[] sd) { }

    /**
     * One chart.
     *
     * @param title title above the chart
     * @param yTitle y-axis title
     * @param curves its curves
     */
    public record Panel(String title, String yTitle, List<Curve> curves) {
        /** Copies the list. */
        public Panel {
            curves = List.copyOf(curves);
        }
    }

    private static final Color[] PALETTE = {new Color(0x1f77b4), new Color(0xff7f0e), new Color(0x2ca02c),
        new Color(0xd62728), new Color(0x9467bd), new Color(0x8c564b)};
    private static final int PANEL_W = 330;
    private static final int PANEL_H = 240;
    private static final int MARGIN_L = 52;
    private static final int MARGIN_B = 38;
    private static final int MARGIN_T = 28;
    private static final int MARGIN_R = 14;

    private PngPanels() { }

    /**
     * Draws {@code panels} row by row, {@code columns} per row.
     *
     * @param title the picture's title
     * @param xLabels the labels of the shared x positions
     * @param xTitle the x-axis title
     * @param solidName what a solid line means (e.g. "fixed margins"), dashedName what a dashed one means
     * @return PNG bytes
     */
    public static byte[] png(String title, List<String> xLabels, String xTitle, List<Panel> panels, int columns,
                             String solidName, String dashedName) {
        int rows = (panels.size() + columns - 1) / columns;
        int legendH = 46;
        int width = columns * PANEL_W;
        int height = 34 + rows * PANEL_H + legendH;
        BufferedImage img = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = img.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            g.setColor(Color.WHITE);
            g.fillRect(0, 0, width, height);
            g.setColor(Color.BLACK);
            g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, 15));
            g.drawString(title, 10, 22);
            Map<String, Color> colours = colours(panels);
            for (int i = 0; i < panels.size(); i++) {
                drawPanel(g, panels.get(i), xLabels, xTitle, colours, (i % columns) * PANEL_W, 34 + (i / columns) * PANEL_H);
            }
            drawLegend(g, colours, solidName, dashedName, 34 + rows * PANEL_H + 8);
        } finally {
            g.dispose();
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ImageIO.write(img, "png", out);
        } catch (IOException e) {
            throw new KysException("cannot encode PNG: " + e.getMessage(), e);
        }
        return out.toByteArray();
    }

    /** {@link #png} written atomically to {@code file}. */
    public static void write(Path file, String title, List<String> xLabels, String xTitle, List<Panel> panels,
                             int columns, String solidName, String dashedName) {
        AtomicFiles.write(file, png(title, xLabels, xTitle, panels, columns, solidName, dashedName));
    }

    private static Map<String, Color> colours(List<Panel> panels) {
        Map<String, Color> m = new LinkedHashMap<>();
        for (Panel p : panels) {
            for (Curve c : p.curves()) {
                m.computeIfAbsent(c.group(), k -> PALETTE[m.size() % PALETTE.length]);
            }
        }
        return m;
    }

    private static void drawPanel(Graphics2D g, Panel panel, List<String> xLabels, String xTitle,
                                  Map<String, Color> colours, int ox, int oy) {
        int x0 = ox + MARGIN_L;
        int y0 = oy + MARGIN_T;
        int w = PANEL_W - MARGIN_L - MARGIN_R;
        int h = PANEL_H - MARGIN_T - MARGIN_B;
        double[] range = range(panel);
        g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, 12));
        g.setColor(Color.BLACK);
        g.drawString(panel.title(), x0, oy + 18);
        g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 10));
        g.setColor(new Color(0xdddddd));
        FontMetrics fm = g.getFontMetrics();
        for (int t = 0; t <= 4; t++) {
            double v = range[0] + (range[1] - range[0]) * t / 4;
            int y = y0 + h - (int) Math.round(h * (v - range[0]) / (range[1] - range[0]));
            g.setColor(new Color(0xe5e5e5));
            g.drawLine(x0, y, x0 + w, y);
            g.setColor(Color.DARK_GRAY);
            String label = String.format(Locale.ROOT, "%.0f", v);
            g.drawString(label, x0 - 6 - fm.stringWidth(label), y + 4);
        }
        int n = xLabels.size();
        for (int i = 0; i < n; i++) {
            int x = xAt(i, n, x0, w);
            g.drawString(xLabels.get(i), x - fm.stringWidth(xLabels.get(i)) / 2, y0 + h + 14);
        }
        g.drawString(xTitle, x0 + w / 2 - fm.stringWidth(xTitle) / 2, y0 + h + 28);
        drawRotated(g, panel.yTitle(), ox + 12, y0 + h / 2 + fm.stringWidth(panel.yTitle()) / 2);
        g.setColor(Color.GRAY);
        g.drawRect(x0, y0, w, h);
        for (Curve c : panel.curves()) {
            Color colour = colours.get(c.group());
            drawBand(g, c, colour, range, n, x0, y0, w, h);
            drawLine(g, c, colour, range, n, x0, y0, w, h);
        }
    }

    private static void drawBand(Graphics2D g, Curve c, Color colour, double[] range, int n, int x0, int y0, int w, int h) {
        g.setColor(new Color(colour.getRed(), colour.getGreen(), colour.getBlue(), 40));
        for (int i = 0; i < n; i++) {
            if (Double.isFinite(c.mean()[i]) && Double.isFinite(c.sd()[i]) && c.sd()[i] > 0) {
                int x = xAt(i, n, x0, w);
                int top = yAt(c.mean()[i] + c.sd()[i], range, y0, h);
                int bottom = yAt(c.mean()[i] - c.sd()[i], range, y0, h);
                g.fillRect(x - 3 + (c.dashed() ? 3 : -3), top, 6, Math.max(1, bottom - top));
            }
        }
    }

    private static void drawLine(Graphics2D g, Curve c, Color colour, double[] range, int n, int x0, int y0, int w, int h) {
        g.setColor(colour);
        g.setStroke(c.dashed() ? new BasicStroke(2f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND, 1f, new float[] {6f, 4f}, 0f)
                : new BasicStroke(2f));
        int px = -1;
        int py = -1;
        for (int i = 0; i < n; i++) {
            if (!Double.isFinite(c.mean()[i])) {
                px = -1;
                continue;
            }
            int x = xAt(i, n, x0, w);
            int y = yAt(c.mean()[i], range, y0, h);
            if (px >= 0) {
                g.drawLine(px, py, x, y);
            }
            g.fillOval(x - 3, y - 3, 7, 7);
            px = x;
            py = y;
        }
        g.setStroke(new BasicStroke(1f));
    }

    private static void drawLegend(Graphics2D g, Map<String, Color> colours, String solidName, String dashedName, int y) {
        g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 12));
        int x = 12;
        for (Map.Entry<String, Color> e : colours.entrySet()) {
            g.setColor(e.getValue());
            g.setStroke(new BasicStroke(3f));
            g.drawLine(x, y + 8, x + 22, y + 8);
            g.setColor(Color.BLACK);
            g.drawString(e.getKey(), x + 28, y + 12);
            x += 40 + g.getFontMetrics().stringWidth(e.getKey());
        }
        g.setStroke(new BasicStroke(2f));
        g.setColor(Color.DARK_GRAY);
        g.drawLine(12, y + 30, 34, y + 30);
        g.drawString(solidName, 40, y + 34);
        int x2 = 60 + g.getFontMetrics().stringWidth(solidName);
        g.setStroke(new BasicStroke(2f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND, 1f, new float[] {6f, 4f}, 0f));
        g.drawLine(x2, y + 30, x2 + 22, y + 30);
        g.setStroke(new BasicStroke(1f));
        g.drawString(dashedName, x2 + 28, y + 34);
    }

    private static void drawRotated(Graphics2D g, String text, int x, int y) {
        var saved = g.getTransform();
        g.rotate(-Math.PI / 2, x, y);
        g.drawString(text, x, y);
        g.setTransform(saved);
    }

    private static int xAt(int i, int n, int x0, int w) {
        return n == 1 ? x0 + w / 2 : x0 + 18 + (int) Math.round((w - 36) * (double) i / (n - 1));
    }

    private static int yAt(double v, double[] range, int y0, int h) {
        return y0 + h - (int) Math.round(h * (v - range[0]) / (range[1] - range[0]));
    }

    /** Lower and upper y of a panel: the data with their bands, widened to whole tens, within 0..100 (percentages). */
    private static double[] range(Panel p) {
        double lo = Double.POSITIVE_INFINITY;
        double hi = Double.NEGATIVE_INFINITY;
        for (Curve c : p.curves()) {
            for (int i = 0; i < c.mean().length; i++) {
                double m = c.mean()[i];
                double s = Double.isFinite(c.sd()[i]) ? c.sd()[i] : 0;
                if (Double.isFinite(m)) {
                    lo = Math.min(lo, m - s);
                    hi = Math.max(hi, m + s);
                }
            }
        }
        if (!Double.isFinite(lo)) {
            return new double[] {0, 100};
        }
        lo = Math.max(0, Math.floor(lo / 10) * 10);
        hi = Math.min(100, Math.ceil(hi / 10) * 10);
        return hi > lo ? new double[] {lo, hi} : new double[] {lo - 10, hi + 10};
    }

    /** The curves of {@code panels} grouped by group name, for tests and captions. */
    static List<String> groups(List<Panel> panels) {
        return new ArrayList<>(colours(panels).keySet());
    }
}
