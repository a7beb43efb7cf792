package dev.stratus.events.api;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;

/**
 * One record a source offers, carrying the JSON Lambda puts in the event's {@code Records} as it is, so Lambda
 * needs none of the source's types. Immutable by contract: the event is shared and never modified.
 *
 * @param sequenceNumber the record's position in its partition (decimal digits, compared as numbers)
 * @param itemIdentifier the {@code itemIdentifier} a function names in {@code batchItemFailures}: the sequence
 *                       number for streams, the message id for queues
 * @param event          the record as the function receives it, {@code eventSourceARN} included
 * @param partitionKey   records with the same key concern the same item: Lambda keeps them in order
 * @param arrivedAt      when the record was committed to the source
 */
public record SourceRecord(String sequenceNumber, String itemIdentifier, ObjectNode event, String partitionKey,
                           Instant arrivedAt) {

    /** A stream's record, identified in {@code batchItemFailures} by its sequence number. */
    public SourceRecord(String sequenceNumber, ObjectNode event, String partitionKey, Instant arrivedAt) {
        this(sequenceNumber, sequenceNumber, event, partitionKey, arrivedAt);
    }
}
