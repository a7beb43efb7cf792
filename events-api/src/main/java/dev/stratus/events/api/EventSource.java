package dev.stratus.events.api;

import java.util.List;
import java.util.Optional;

/**
 * A kind of event source a service offers Lambda's event source mappings (DynamoDB streams; SQS queues and
 * Kinesis streams later), bound with {@link EventBindings#eventSource}. A source is split into partitions (a
 * stream's shards, a queue), each an ordered sequence of records that Lambda reads from a position, delivers
 * and then acknowledges; Lambda keeps its own checkpoints, so a source whose records stay readable needs no
 * acknowledgement, while a queue deletes what was acknowledged. Lambda registers a consumer per source ARN
 * and is woken through it when records arrive: it never polls. Every method reads committed state and may be
 * called from any thread; a method naming a source this object does not {@link #owns own} is a programmer error.
 */
public interface EventSource {

    /** Whether ARNs of this form belong to this kind of source, whether or not the source exists. */
    boolean owns(String sourceArn);

    /** The source with this ARN, or empty if there is none. */
    Optional<EventSourceInfo> describe(String sourceArn);

    /**
     * The source's partitions, parents before children, including closed ones that still hold records; empty
     * if the source does not exist.
     */
    List<Partition> partitions(String sourceArn);

    /**
     * Up to {@code limit} records of the partition from {@code position} on, in order.
     *
     * @throws IllegalArgumentException if the source or the partition does not exist
     */
    RecordBatch read(String sourceArn, String partitionId, ReadPosition position, int limit);

    /**
     * Lambda is done with every record of the partition up to and including {@code sequenceNumber}: delivered,
     * filtered out or given up. The default keeps nothing, for sources whose records stay readable.
     */
    default void acknowledge(String sourceArn, String partitionId, String sequenceNumber) {
    }

    /**
     * Whether reading takes records out of sight, as receiving from a queue does: each read returns records no
     * other read returns until they are {@link #delete deleted} or come back on their own (a queue's visibility
     * timeout), so Lambda ignores the read position, keeps no checkpoint and never retries a batch itself. A
     * record read again after such a return counts as another delivery attempt (a queue's receive count).
     */
    default boolean consumedOnRead() {
        return false;
    }

    /**
     * Lambda is done with exactly these records of a {@link #consumedOnRead} source (processed or filtered out):
     * the source removes them for good. Records already gone are no error. Lambda never calls it for a source
     * that is not consumed on read (such a source is told of progress through {@link #acknowledge}), so only
     * those sources override it.
     */
    default void delete(String sourceArn, String partitionId, List<SourceRecord> records) {
    }

    /** Registers {@code consumer} for the source's wake-ups until the returned registration is closed. */
    Registration register(String sourceArn, EventSourceConsumer consumer);

    /**
     * The member naming the batch in the invocation record Lambda sends to a mapping's OnFailure destination
     * when it gives records of this source up ({@code DDBStreamBatchInfo}, {@code KinesisBatchInfo}).
     */
    String batchInfoName();
}
