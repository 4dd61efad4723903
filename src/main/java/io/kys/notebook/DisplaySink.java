package io.kys.notebook;

/**
 * Where {@link Display} sends its output. The Jupyter kernel attaches a sink that publishes
 * Jupyter display messages; without one, output goes to {@link ConsoleSink}.
 */
public interface DisplaySink {
    /**
     * Shows new content. A non-null {@code displayId} names the output so that
     * {@link #update(String, DisplayContent)} can later replace it in place.
     */
    void show(DisplayContent content, String displayId);

    /** Replaces the content of the output shown earlier under {@code displayId}. */
    void update(String displayId, DisplayContent content);

    /** Whether rich types (HTML, images) reach a viewer; false for a plain console. */
    boolean rich();
}
