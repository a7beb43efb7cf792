package dev.stratus.lambda.esm.delivery;

/**
 * How far one mapping is behind in one partition of its source (a stream's shard).
 *
 * @param partitionId       the partition
 * @param parentPartitionId the partition it follows, or {@code null}
 * @param consumedUpTo      the sequence number of the last record the mapping consumed, or {@code null} for none
 * @param recordsBehind     the records after it, counted up to a limit
 * @param atLeast           the count stopped at the limit: there are at least that many
 */
public record PartitionLag(String partitionId, String parentPartitionId, String consumedUpTo, int recordsBehind,
                           boolean atLeast) {
}
