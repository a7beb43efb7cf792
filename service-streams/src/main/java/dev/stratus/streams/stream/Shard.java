package dev.stratus.streams.stream;

import com.fasterxml.jackson.annotation.JsonIgnore;
import java.time.Instant;

/**
 * One shard of a stream as stored. A stream's shards form a chain: each child opens as its parent closes, and
 * holds the sequence counters from {@code start} to {@code end}.
 *
 * @param index          the shard's place in its stream's chain, from 0
 * @param parentId       the shard this one follows, or {@code null} for the first
 * @param end            the last sequence counter of a closed shard, {@code null} while open
 * @param openedAtMillis when the shard opened, epoch milliseconds
 * @param closedAtMillis when the shard closed, {@code null} while open
 */
public record Shard(int index, String shardId, String parentId, long start, Long end, long openedAtMillis,
                    Long closedAtMillis) {

    static Shard open(String streamArn, int index, String parentId, long start, Instant openedAt) {
        return new Shard(index, ShardIds.of(streamArn, index, openedAt), parentId, start, null,
                openedAt.toEpochMilli(), null);
    }

    @JsonIgnore
    public boolean isOpen() {
        return end == null;
    }

    @JsonIgnore
    public Instant openedAt() {
        return Instant.ofEpochMilli(openedAtMillis);
    }

    Shard close(long lastSequence, Instant when) {
        return new Shard(index, shardId, parentId, start, lastSequence, openedAtMillis, when.toEpochMilli());
    }

    /** Whether {@code sequence} is a number this shard has handed out (up to {@code lastAssigned} while open). */
    public boolean covers(long sequence, long lastAssigned) {
        return sequence >= start && sequence <= (isOpen() ? lastAssigned : end);
    }
}
