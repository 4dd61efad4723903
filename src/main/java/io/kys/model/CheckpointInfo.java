package io.kys.model;

import java.util.Map;

/**
 * What the JSON beside a checkpoint says about it.
 *
 * @param name the checkpoint's name, e.g. {@code best} for {@code best.params}
 * @param network the layout of the network the weights belong to
 * @param metadata the caller's key-value pairs saved with the weights (epoch, metric, seed, ...)
 */
public record CheckpointInfo(String name, NetworkSpec network, Map<String, String> metadata) {
    /** Copies the metadata so the record cannot change under its holder. */
    public CheckpointInfo {
        metadata = Map.copyOf(metadata);
    }
}
