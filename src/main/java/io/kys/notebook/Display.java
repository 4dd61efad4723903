package io.kys.notebook;

import io.kys.progress.ProgressListener;
import java.awt.image.BufferedImage;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import tech.tablesaw.api.Table;

/**
 * What notebook cells call to show things: HTML, Markdown, images, tables, any registered type,
 * and updating progress lines. In the kys Jupyter kernel the output appears under the cell;
 * anywhere else (a plain program, a test) text forms are printed and rich-only content is skipped.
 * No method here throws on a display problem: it is reported on standard error instead.
 *
 * <p>New types become displayable with {@link #register}. A type whose HTML needs a script
 * loaded once per notebook (such as a plotting library) pairs it with {@link #htmlOnce}:
 * <pre>{@code
 * Display.register(Chart.class, chart -> {
 *     Display.htmlOnce("chart.js", CHART_LIBRARY_SCRIPT);
 *     return DisplayContent.html(chart.html());
 * });
 * Display.show(chart);   // or leave the chart as the cell's last expression
 * }</pre>
 * Tablesaw (Plotly) figures are registered this way from the start: plotly.js is embedded once
 * per kernel session, each figure draws inline.
 */
public final class Display {
    private static final RendererRegistry RENDERERS = RendererRegistry.withDefaults();
    private static final Set<String> SHOWN_ONCE = ConcurrentHashMap.newKeySet();
    private static volatile DisplaySink sink = new GuardedSink(ConsoleSink.INSTANCE);

    private Display() { }

    /**
     * Sends all later output to {@code target} (the kernel does this at start). It also forgets
     * which {@link #htmlOnce} keys were shown, since a new session starts with an empty page.
     */
    public static void attach(DisplaySink target) {
        sink = new GuardedSink(Objects.requireNonNull(target, "target"));
        SHOWN_ONCE.clear();
    }

    /** Returns to console output. */
    public static void detach() {
        attach(ConsoleSink.INSTANCE);
    }

    /** Whether output currently reaches a viewer of rich content (a notebook). */
    public static boolean isRich() {
        return sink.rich();
    }

    /** Shows an HTML fragment; skipped outside a notebook. */
    public static void html(String html) {
        if (html != null) {
            show(DisplayContent.html(html));
        }
    }

    /** Shows Markdown; printed as its source outside a notebook. */
    public static void markdown(String markdown) {
        if (markdown != null) {
            show(DisplayContent.markdown(markdown));
        }
    }

    /** Shows plain text. */
    public static void text(String text) {
        show(DisplayContent.text(String.valueOf(text)));
    }

    /** Shows a PNG image given as encoded bytes. */
    public static void png(byte[] png) {
        if (png != null) {
            show(DisplayContent.png(png));
        }
    }

    /** Shows an image (encoded as PNG). */
    public static void image(BufferedImage image) {
        show(image);
    }

    /** Shows a table as HTML (its first {@value TableDisplay#MAX_ROWS} rows). */
    public static void table(Table table) {
        show(table);
    }

    /**
     * Shows {@code html} only the first time {@code key} is asked for in this session, for
     * scripts or styles that later outputs rely on. Returns whether it was shown now; outside a
     * notebook nothing is shown and the key is not used up.
     */
    public static boolean htmlOnce(String key, String html) {
        if (key == null || html == null || !sink.rich() || !SHOWN_ONCE.add(key)) {
            return false;
        }
        sink.show(DisplayContent.html(html), null);
        return true;
    }

    /**
     * Shows any value: through its registered renderer, as its plain text otherwise
     * ({@code null} shows nothing).
     */
    public static void show(Object value) {
        if (value == null) {
            return;
        }
        sink.show(contentOf(value), null);
    }

    /**
     * Renders {@code value} through its registered renderer; empty when none matches or the
     * renderer failed (the failure is reported on standard error). The kernel uses this for the
     * value of a cell's last expression.
     */
    public static Optional<DisplayContent> render(Object value) {
        try {
            return RENDERERS.render(value);
        } catch (RuntimeException e) {
            System.err.println("display failed: " + e);
            return Optional.empty();
        }
    }

    /** Makes instances of {@code type} displayable; the newest registration for a type wins. */
    public static <T> void register(Class<T> type, Function<? super T, DisplayContent> renderer) {
        RENDERERS.register(type, renderer);
    }

    /**
     * Shows {@code value} as an output that {@link #update(String, Object)} can replace later,
     * such as a training plot redrawn every epoch; returns the output's id. Outside a notebook
     * the text form is printed once.
     */
    public static String showUpdatable(Object value) {
        String displayId = newDisplayId();
        sink.show(contentOf(value), displayId);
        return displayId;
    }

    /**
     * Replaces the output shown under {@code displayId} by {@code value}. Outside a notebook it
     * does nothing: a console cannot redraw, and printing every state would flood it.
     */
    public static void update(String displayId, Object value) {
        if (displayId != null && sink.rich()) {
            sink.update(displayId, contentOf(value));
        }
    }

    private static DisplayContent contentOf(Object value) {
        return value == null ? DisplayContent.text("") : render(value).orElseGet(() -> DisplayContent.text(String.valueOf(value)));
    }

    /** Starts an updating status line for {@code task}; close it when the work is over. */
    public static ProgressLine progress(String task) {
        return new ProgressLine(sink, task, newDisplayId(), System::nanoTime);
    }

    /** A progress listener that shows each task of library work as an updating line. */
    public static ProgressListener progressListener() {
        return new NotebookProgress();
    }

    /**
     * A fresh id for an output or an HTML element. Random on purpose: outputs of an earlier
     * kernel session stay in the page, and a counter restarting at 1 would update those.
     */
    public static String newDisplayId() {
        return "kys-" + UUID.randomUUID();
    }
}
