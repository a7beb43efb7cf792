package dev.stratus.streams.stream;

import java.time.Instant;

/**
 * A record as stored: its sequence counter and its stored value ({@link RecordFormat}).
 *
 * @param value the stored bytes; shared, never to be modified
 */
public record StoredRecord(long sequence, byte[] value) {

    /** When the record was committed. */
    public Instant createdAt() {
        return RecordFormat.createdAt(value);
    }

    /** The record's JSON exactly as GetRecords returns it, for a record of {@code stream}. */
    public byte[] json(StreamDescriptor stream) {
        return RecordFormat.json(value, stream, sequence);
    }
}
