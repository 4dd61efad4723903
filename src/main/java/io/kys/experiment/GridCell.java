package io.kys.experiment;

import io.kys.train.Protocol;

/**
 * One cell of a reproduction grid: a dataset trained with a protocol and a seed.
 *
 * @param dataset ID dataset name
 * @param protocol the protocol
 * @param seed the seed
 */
public record GridCell(String dataset, Protocol protocol, long seed) {
    /** A short label for logs, e.g. {@code retinamnist ours seed 1}. */
    public String label() {
        return dataset + " " + protocol.cliName() + " seed " + seed;
    }
}
