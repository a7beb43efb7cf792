package dev.stratus.streams.read;

import dev.stratus.streams.api.ShardPosition;
import dev.stratus.streams.stream.LiveStream;
import dev.stratus.streams.stream.SequenceNumber;
import dev.stratus.streams.stream.Shard;
import dev.stratus.streams.stream.StreamDescriptor;
import dev.stratus.streams.stream.StreamStore;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** Reads a shard's committed records, for GetRecords and for in-process consumers alike. */
@Singleton
public final class ShardReader {

    private final StreamStore store;

    @Inject
    public ShardReader(StreamStore store) {
        this.store = store;
    }

    /**
     * The sequence counter a read from {@code position} starts after. Positions before the shard's trim horizon
     * are returned as they are: the caller decides whether that is an error.
     *
     * @throws IllegalArgumentException if the position names a sequence number the shard does not hold
     */
    public long startAfter(LiveStream stream, Shard shard, ShardPosition position) {
        if (position instanceof ShardPosition.TrimHorizon) {
            return stream.trimHorizon(shard);
        }
        if (position instanceof ShardPosition.Latest) {
            return shard.isOpen() ? stream.lastAssigned() : shard.end();
        }
        if (position instanceof ShardPosition.AtSequenceNumber at) {
            return inShard(stream, shard, at.sequenceNumber(), true) - 1;
        }
        if (position instanceof ShardPosition.AfterSequenceNumber after) {
            return inShard(stream, shard, after.sequenceNumber(), false);
        }
        throw new IllegalArgumentException("unknown position " + position);
    }

    /**
     * Up to {@code limit} records and about {@code maxBytes} of them (always at least one record) after
     * {@code after}, in order.
     */
    public ShardRead read(LiveStream stream, Shard shard, long after, int limit, long maxBytes) {
        List<ReadRecord> records = new ArrayList<>();
        long[] bytes = {0};
        boolean[] cut = {false};
        StreamDescriptor descriptor = stream.descriptor();
        store.scanRecords(descriptor, shard.index(), after, stored -> {
            if (records.size() == limit) {
                cut[0] = true;
                return false;
            }
            byte[] json = stored.json(descriptor);
            if (!records.isEmpty() && bytes[0] + json.length > maxBytes) {
                cut[0] = true;
                return false;
            }
            records.add(new ReadRecord(stored.sequence(), stored.createdAt(), json));
            bytes[0] += json.length;
            return true;
        });
        long last = records.isEmpty() ? after : records.get(records.size() - 1).sequence();
        boolean drained = !shard.isOpen() && !cut[0];
        return new ShardRead(records, last, drained);
    }

    /**
     * The counter of a sequence number the shard handed out. A shard's own starting sequence number (from
     * DescribeStream) is a place to start reading {@code atStart} even before the shard's first record, as on AWS.
     */
    private static long inShard(LiveStream stream, Shard shard, String sequenceNumber, boolean atStart) {
        long sequence = SequenceNumber.parse(sequenceNumber)
                .orElseThrow(() -> new IllegalArgumentException("not a sequence number: " + sequenceNumber))
                .value();
        boolean startOfShard = atStart && sequence == shard.start();
        if (!startOfShard && !shard.covers(sequence, stream.lastAssigned())) {
            throw new IllegalArgumentException("sequence number " + sequenceNumber + " is not in " + shard.shardId());
        }
        return sequence;
    }

    /**
     * What one read found.
     *
     * @param last    the sequence counter the next read starts after
     * @param drained the shard is closed and no record follows these
     */
    public record ShardRead(List<ReadRecord> records, long last, boolean drained) {
    }

    /**
     * A record as read: its sequence counter, its commit time and its JSON exactly as GetRecords returns it.
     *
     * @param json shared, never to be modified
     */
    public record ReadRecord(long sequence, Instant createdAt, byte[] json) {
    }
}
