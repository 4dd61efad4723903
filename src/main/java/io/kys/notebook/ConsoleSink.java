package io.kys.notebook;

import java.io.PrintStream;

/**
 * The sink outside Jupyter: prints the plain-text form of each output on standard output and
 * drops content that has none (HTML alone), so notebook code also runs as a plain program.
 */
public final class ConsoleSink implements DisplaySink {
    /** The shared instance; it holds no state. */
    public static final ConsoleSink INSTANCE = new ConsoleSink();

    private ConsoleSink() { }

    @Override
    public void show(DisplayContent content, String displayId) {
        content.plainText().ifPresent(out()::println);
    }

    /** A console cannot rewrite earlier lines portably, so an update is printed as a new line. */
    @Override
    public void update(String displayId, DisplayContent content) {
        show(content, displayId);
    }

    @Override
    public boolean rich() {
        return false;
    }

    /** Looked up on every call: the stream may be redirected after this class is loaded. */
    private static PrintStream out() {
        return System.out;
    }
}
