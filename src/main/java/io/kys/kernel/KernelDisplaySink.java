package io.kys.kernel;

import io.github.spencerpark.jupyter.kernel.BaseKernel;
import io.github.spencerpark.jupyter.kernel.display.DisplayData;
import io.kys.notebook.DisplayContent;
import io.kys.notebook.DisplaySink;

/**
 * Publishes {@link io.kys.notebook.Display} output as Jupyter {@code display_data} and
 * {@code update_display_data} messages of the cell that is running. Output made while no cell
 * runs has no cell to belong to and is dropped by the kernel's display stream.
 */
final class KernelDisplaySink implements DisplaySink {
    private final BaseKernel kernel;

    KernelDisplaySink(BaseKernel kernel) {
        this.kernel = kernel;
    }

    @Override
    public void show(DisplayContent content, String displayId) {
        DisplayData data = toDisplayData(content);
        if (displayId != null) {
            data.setDisplayId(displayId);
        }
        kernel.display(data);
    }

    @Override
    public void update(String displayId, DisplayContent content) {
        kernel.getIO().display.updateDisplay(displayId, toDisplayData(content));
    }

    @Override
    public boolean rich() {
        return true;
    }

    /** The Jupyter form of {@code content}: one data entry per MIME type. */
    static DisplayData toDisplayData(DisplayContent content) {
        DisplayData data = new DisplayData();
        content.bundle().forEach(data::putData);
        return data;
    }
}
