package dev.stratus.events.api;

/**
 * One partition of a source: a stream's shard or a queue. Lambda delivers a partition's records in order and
 * starts a child only once its parent is consumed to its end, so each key's records stay in order across a
 * shard rollover.
 *
 * @param partitionId       unique within the source
 * @param parentPartitionId the partition this one follows, or {@code null}
 * @param closed            no record will be added any more
 */
public record Partition(String partitionId, String parentPartitionId, boolean closed) {
}
