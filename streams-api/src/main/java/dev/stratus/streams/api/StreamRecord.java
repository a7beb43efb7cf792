package dev.stratus.streams.api;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;

/**
 * One stream record.
 *
 * @param sequenceNumber the record's sequence number (decimal digits; compare as numbers)
 * @param record         the record exactly as GetRecords returns it (eventID, eventName, dynamodb, ...);
 *                       shared, never to be modified
 * @param partitionKey   the item's key in a canonical text form: records with the same value concern the same item
 * @param createdAt      when the change was committed
 * @param sizeBytes      the record's {@code dynamodb.SizeBytes}
 */
public record StreamRecord(String sequenceNumber, ObjectNode record, String partitionKey, Instant createdAt,
                           long sizeBytes) {
}
