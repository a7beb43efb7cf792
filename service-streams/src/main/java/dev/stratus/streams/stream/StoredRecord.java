package dev.stratus.streams.stream;

import java.time.Instant;

/**
 * A record as stored: its sequence counter, its commit time and its GetRecords JSON.
 *
 * @param json the record's JSON bytes; shared, never to be modified
 */
public record StoredRecord(long sequence, Instant createdAt, byte[] json) {
}
