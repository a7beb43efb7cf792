package dev.stratus.lambda.esm.delivery;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.stratus.events.api.SourceRecord;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;

/** A source's record on its way to the function, with the JSON bytes of its event. */
record PendingRecord(SourceRecord source, byte[] json) {

    static PendingRecord of(SourceRecord source, ObjectMapper mapper) {
        try {
            return new PendingRecord(source, mapper.writeValueAsBytes(source.event()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    String sequenceNumber() {
        return source.sequenceNumber();
    }

    String itemIdentifier() {
        return source.itemIdentifier();
    }

    Instant createdAt() {
        return source.arrivedAt();
    }

    String partitionKey() {
        return source.partitionKey();
    }
}
