package dev.stratus.lambda.esm.delivery;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.stratus.streams.api.StreamRecord;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.time.Instant;

/**
 * A stream record on its way to the function: the record as the function receives it (the stream record plus
 * {@code eventSourceARN}) and its JSON bytes.
 */
record PendingRecord(StreamRecord source, ObjectNode event, byte[] json) {

    /** The record as AWS puts it in the event; shares the stream record's nodes (they are never modified). */
    static ObjectNode eventOf(StreamRecord source, String streamArn, ObjectMapper mapper) {
        ObjectNode event = mapper.createObjectNode();
        event.setAll(source.record());
        event.put("eventSourceARN", streamArn);
        return event;
    }

    static PendingRecord of(StreamRecord source, ObjectNode event, ObjectMapper mapper) {
        try {
            return new PendingRecord(source, event, mapper.writeValueAsBytes(event));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    String sequenceNumber() {
        return source.sequenceNumber();
    }

    BigInteger sequence() {
        return new BigInteger(source.sequenceNumber());
    }

    Instant createdAt() {
        return source.createdAt();
    }

    String partitionKey() {
        return source.partitionKey();
    }
}
