package io.kys.train;

import io.kys.model.ClassifierModel;
import java.util.List;

/**
 * The outcome of a training run.
 *
 * @param model the network after the last epoch (the caller closes it)
 * @param run the run folder with both checkpoints and the log
 * @param epochs every epoch's record, resumed ones included
 * @param bestEpoch the epoch with the best validation balanced accuracy
 * @param bestValBalancedAccuracy that accuracy
 */
public record TrainResult(ClassifierModel model, RunDirectory run, List<EpochRecord> epochs,
                          int bestEpoch, double bestValBalancedAccuracy) {
}
