package io.kys.experiment;

import io.kys.ood.OodEvaluator;
import io.kys.train.EpochRecord;
import io.kys.train.Protocol;
import java.util.List;

/**
 * One protocol trained and evaluated: the unit that comparisons, the quickstart and the
 * reproduction grid are made of.
 *
 * @param protocol the protocol
 * @param seed the seed of the run
 * @param epochs the training log
 * @param evaluation the OOD evaluation of the best checkpoint
 * @param seconds wall time of training and evaluation
 */
public record ProtocolRun(Protocol protocol, long seed, List<EpochRecord> epochs,
                          OodEvaluator.Evaluation evaluation, double seconds) {
}
