package dev.stratus.streams.api;

/** Where a read starts in a shard. */
public sealed interface ShardPosition {

    /** The oldest record still retained. */
    record TrimHorizon() implements ShardPosition {
    }

    /** After the newest record at the time of the call: only later records. */
    record Latest() implements ShardPosition {
    }

    /** Just after the record with this sequence number (a consumer's checkpoint). */
    record AfterSequenceNumber(String sequenceNumber) implements ShardPosition {
    }

    /** At the record with this sequence number. */
    record AtSequenceNumber(String sequenceNumber) implements ShardPosition {
    }
}
