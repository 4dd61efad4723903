package io.kys.experiment;

import io.kys.train.TrainingListener;
import java.util.List;

/**
 * Observes a reproduction grid cell by cell, and the training inside each cell (the inherited
 * {@link TrainingListener} methods). All methods are called on the thread running the grid; an
 * exception thrown by one stops the grid, and every cell recorded before it stays finished.
 */
public interface ReproductionListener extends TrainingListener {
    /** A listener that ignores everything. */
    ReproductionListener NONE = new ReproductionListener() { };

    /** A dataset's data is loaded; its cells follow. */
    default void onDataset(String dataset, String description, List<String> oodSets) { }

    /** A cell starts training (or resumes a half-trained run) and evaluating. */
    default void onCellStart(GridCell cell, int index, int total) { }

    /** A cell was finished before and its recorded result is used as it is. */
    default void onCellReused(CellResult result, int index, int total) { }

    /** A cell finished and its result is recorded on disk. */
    default void onCellDone(CellResult result, int index, int total) { }
}
