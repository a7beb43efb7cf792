package dev.stratus.streams.api;

import java.util.List;
import java.util.Optional;

/**
 * Reads DynamoDB streams in-process, as a consumer inside Stratus does (Lambda's event source mappings).
 * Everything here reads committed state: a record is readable once the write that made it is acknowledged.
 */
public interface StreamReader {

    /** The stream with this ARN in any state, or empty if there is none (or it aged out). */
    Optional<StreamInfo> describe(String streamArn);

    /** The stream's shards, parents before children, including closed shards still within retention. */
    List<ShardInfo> shards(String streamArn);

    /**
     * Up to {@code limit} records of the shard from {@code position} on, in sequence order.
     *
     * @throws IllegalArgumentException if the stream or shard does not exist
     */
    ShardBatch read(String streamArn, String shardId, ShardPosition position, int limit);
}
