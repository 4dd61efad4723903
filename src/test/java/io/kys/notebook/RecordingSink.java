package io.kys.notebook;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * A sink that keeps what it was sent, in order, as a notebook front end would receive it.
 * Registered as a JUnit extension ({@code @RegisterExtension}) it is attached to {@link Display}
 * before each test and detached after it.
 */
public final class RecordingSink implements DisplaySink, BeforeEachCallback, AfterEachCallback {
    /**
     * One message.
     *
     * @param update    whether it updated an earlier output
     * @param content   what was shown
     * @param displayId the output's id, or null
     */
    public record Event(boolean update, DisplayContent content, String displayId) { }

    /** Everything received so far. */
    public final List<Event> events = new ArrayList<>();

    @Override
    public synchronized void show(DisplayContent content, String displayId) {
        events.add(new Event(false, content, displayId));
    }

    @Override
    public synchronized void update(String displayId, DisplayContent content) {
        events.add(new Event(true, content, displayId));
    }

    @Override
    public boolean rich() {
        return true;
    }

    /** The only event received; fails if there is not exactly one. */
    public synchronized Event single() {
        if (events.size() != 1) {
            throw new AssertionError("expected one display, got " + events);
        }
        return events.get(0);
    }

    @Override
    public void beforeEach(ExtensionContext context) {
        Display.attach(this);
    }

    @Override
    public void afterEach(ExtensionContext context) {
        Display.detach();
    }
}
