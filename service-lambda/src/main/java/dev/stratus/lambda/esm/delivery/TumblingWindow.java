package dev.stratus.lambda.esm.delivery;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.time.Instant;

/**
 * The open tumbling window of a shard (or of one of its parallel lanes): windows are aligned to the epoch,
 * a record belongs to the window its arrival time falls in, and the state the function returned is handed
 * to its next invocation in the same window.
 *
 * @param start the window's start
 * @param end   the window's end (exclusive)
 * @param state what the function last returned as {@code state}
 */
record TumblingWindow(Instant start, Instant end, JsonNode state) {

    static Instant startOf(Instant time, Duration length) {
        long lengthMillis = length.toMillis();
        return Instant.ofEpochMilli(Math.floorDiv(time.toEpochMilli(), lengthMillis) * lengthMillis);
    }

    static TumblingWindow containing(Instant time, Duration length, JsonNode emptyState) {
        Instant start = startOf(time, length);
        return new TumblingWindow(start, start.plus(length), emptyState);
    }

    TumblingWindow withState(JsonNode newState) {
        return new TumblingWindow(start, end, newState);
    }

    boolean endedBy(Instant now) {
        return !now.isBefore(end);
    }
}
