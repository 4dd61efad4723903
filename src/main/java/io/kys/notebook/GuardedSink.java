package io.kys.notebook;

/**
 * Wraps a sink so that a failure to display never breaks the calling computation: showing a
 * table must not abort an hour of training. Failures are reported on standard error instead.
 */
final class GuardedSink implements DisplaySink {
    private final DisplaySink target;

    GuardedSink(DisplaySink target) {
        this.target = target;
    }

    @Override
    public void show(DisplayContent content, String displayId) {
        try {
            target.show(content, displayId);
        } catch (RuntimeException e) {
            report(e);
        }
    }

    @Override
    public void update(String displayId, DisplayContent content) {
        try {
            target.update(displayId, content);
        } catch (RuntimeException e) {
            report(e);
        }
    }

    @Override
    public boolean rich() {
        try {
            return target.rich();
        } catch (RuntimeException e) {
            report(e);
            return false;
        }
    }

    private static void report(RuntimeException e) {
        System.err.println("display failed: " + e);
    }
}
