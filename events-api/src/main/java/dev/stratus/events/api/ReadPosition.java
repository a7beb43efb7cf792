package dev.stratus.events.api;

/** Where a read starts in a partition: at its oldest record, or just after the one a consumer checkpointed. */
public sealed interface ReadPosition {

    /** The oldest record still retained. */
    record TrimHorizon() implements ReadPosition {
    }

    /** Just after the record with this sequence number. */
    record AfterSequenceNumber(String sequenceNumber) implements ReadPosition {
    }
}
