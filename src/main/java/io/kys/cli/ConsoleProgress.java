package io.kys.cli;

import io.kys.progress.ProgressListener;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;

/** Renders library progress as a terminal progress bar on standard error. */
public final class ConsoleProgress implements ProgressListener {
    private final String unit;
    private final long unitSize;
    private ProgressBar bar;

    /** A bar counting plain units (images, steps). */
    public ConsoleProgress() {
        this("", 1);
    }

    /** A bar that shows work in {@code unit}s of {@code unitSize} (e.g. "MB", 1_000_000), with a rate. */
    public ConsoleProgress(String unit, long unitSize) {
        this.unit = unit;
        this.unitSize = unitSize;
    }

    @Override
    public void start(String task, long total) {
        finish();
        bar = new ProgressBarBuilder()
                .setTaskName(task)
                .setInitialMax(total)
                .setStyle(ProgressBarStyle.ASCII)
                .setUnit(unit, unitSize)
                .showSpeed()
                .setConsumer(new me.tongfei.progressbar.ConsoleProgressBarConsumer(System.err))
                .build();
    }

    @Override
    public void progress(long done, String detail) {
        if (bar != null) {
            bar.stepTo(done);
            if (detail != null) {
                bar.setExtraMessage(detail);
            }
        }
    }

    @Override
    public void finish() {
        if (bar != null) {
            bar.close();
            bar = null;
        }
    }
}
