package dev.stratus.streams.api;

/**
 * One shard of a stream.
 *
 * @param parentShardId          the shard this one follows, or {@code null}
 * @param startingSequenceNumber the first sequence number the shard may hold
 * @param endingSequenceNumber   the last one once the shard is closed, {@code null} while it is open
 */
public record ShardInfo(String shardId, String parentShardId, String startingSequenceNumber,
                        String endingSequenceNumber) {

    public boolean closed() {
        return endingSequenceNumber != null;
    }
}
