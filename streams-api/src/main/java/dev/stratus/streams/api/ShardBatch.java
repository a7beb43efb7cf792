package dev.stratus.streams.api;

import java.util.List;

/**
 * The records one read returned.
 *
 * @param records      in sequence order
 * @param shardDrained true when the shard is closed and no record follows these: move on to its children
 */
public record ShardBatch(List<StreamRecord> records, boolean shardDrained) {

    public ShardBatch {
        records = List.copyOf(records);
    }
}
