package io.kys.train;

import java.util.List;

/**
 * What a resumed run needs besides the parameters, optimizer moments and feature queues
 * (those are binary files beside it).
 *
 * @param epoch last completed epoch
 * @param bestEpoch epoch of the best validation balanced accuracy so far
 * @param bestValBalancedAccuracy that accuracy
 * @param epochs every epoch's record so far
 */
public record TrainingState(int epoch, int bestEpoch, double bestValBalancedAccuracy,
                            List<EpochRecord> epochs) {
}
