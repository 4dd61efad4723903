package io.kys.notebook;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class ProgressLineTest {
    private final RecordingSink sink = new RecordingSink();
    private final AtomicLong now = new AtomicLong();

    private List<String> texts() {
        return sink.events.stream().map(e -> e.content().plainText().orElseThrow()).collect(Collectors.toList());
    }

    @Test
    void showsOnceThenUpdatesTheSameOutputInPlace() {
        ProgressLine line = new ProgressLine(sink, "train", "id-1", now::get);
        now.addAndGet(ProgressLine.MIN_INTERVAL_NANOS);
        line.update("epoch 1");
        line.close();
        assertEquals(List.of("train", "train: epoch 1", "train: epoch 1 (done)"), texts());
        assertFalse(sink.events.get(0).update());
        assertTrue(sink.events.stream().skip(1).allMatch(RecordingSink.Event::update));
        assertTrue(sink.events.stream().allMatch(e -> "id-1".equals(e.displayId())));
    }

    @Test
    void rapidUpdatesAreFoldedAndCloseShowsTheLatest() {
        ProgressLine line = new ProgressLine(sink, "t", "id", now::get);
        for (int i = 0; i < 1000; i++) {
            now.addAndGet(ProgressLine.MIN_INTERVAL_NANOS / 10);
            line.update("batch " + i);
        }
        line.close();
        List<String> texts = texts();
        assertTrue(texts.size() <= 2 + 1000 / 10, "updates were not throttled: " + texts.size());
        assertTrue(texts.size() >= 1000 / 10, "too few updates: " + texts.size());
        assertEquals("t: batch 999 (done)", texts.get(texts.size() - 1));
    }

    @Test
    void afterCloseNothingMoreIsSent() {
        ProgressLine line = new ProgressLine(sink, "t", "id", now::get);
        line.close();
        now.addAndGet(10 * ProgressLine.MIN_INTERVAL_NANOS);
        line.update("late");
        line.close();
        assertEquals(List.of("t", "t: done"), texts());
    }

    @Test
    void listenerReportsCountsAndPercent() {
        assertEquals("3/12 (25%) loss 0.5", NotebookProgress.status(3, 12, "loss 0.5"));
        assertEquals("7", NotebookProgress.status(7, -1, null));
    }

    @Test
    void listenerDrivesOneLinePerTask() {
        Display.attach(sink);
        try {
            NotebookProgress progress = new NotebookProgress();
            progress.start("epoch 1", 4);
            progress.progress(4, "loss 0.1");
            progress.start("epoch 2", 4);
            progress.finish();
        } finally {
            Display.detach();
        }
        long outputs = sink.events.stream().filter(e -> !e.update()).count();
        assertEquals(2, outputs, "one output per task");
        assertEquals("epoch 1: 4/4 (100%) loss 0.1 (done)", texts().get(1));
        assertEquals("epoch 2: done", texts().get(texts().size() - 1));
    }
}
