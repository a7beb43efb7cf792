package dev.stratus.streams.stream;

import dev.stratus.spi.storage.WriteBatch;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Trims what has passed retention: records older than the horizon, closed shards that closed before it, and
 * disabled streams that were disabled before it; and, when the records held in memory pass their limit, the
 * oldest records of all streams. Records are trimmed in sequence order, so everything up to a
 * stream's {@code trimmedThrough} is gone and everything after it is kept.
 */
@Singleton
public final class Retention {

    private static final Logger LOG = LoggerFactory.getLogger(Retention.class);
    /** Deletes per batch, so a large backlog never makes one huge commit. */
    private static final int BATCH_LIMIT = 1_000;

    private final StreamStore store;
    private final StreamCatalog catalog;

    @Inject
    public Retention(StreamStore store, StreamCatalog catalog) {
        this.store = store;
        this.catalog = catalog;
    }

    /** Trims every stream to {@code horizon}: what was created or closed before it goes. */
    public void trim(Instant horizon) {
        for (LiveStream stream : catalog.all()) {
            trim(stream, horizon);
        }
    }

    /**
     * When the records take more than {@code limitBytes}, trims the oldest records of all streams, oldest first,
     * until they take at most {@code targetBytes}; returns whether it trimmed.
     */
    public boolean trimOldestBeyond(long limitBytes, long targetBytes) {
        if (store.recordBytes() <= limitBytes) {
            return false;
        }
        Optional<Instant> oldest = oldestRecordTime();
        while (store.recordBytes() > targetBytes && oldest.isPresent()) {
            trim(oldest.get().plusMillis(1));
            oldest = oldestRecordTime();
        }
        return true;
    }

    private Optional<Instant> oldestRecordTime() {
        Instant oldest = null;
        for (LiveStream stream : catalog.all()) {
            Instant first = firstRecordTime(stream);
            if (first != null && (oldest == null || first.isBefore(oldest))) {
                oldest = first;
            }
        }
        return Optional.ofNullable(oldest);
    }

    private Instant firstRecordTime(LiveStream stream) {
        Instant[] first = {null};
        for (Shard shard : stream.shards()) {
            store.scanRecords(stream.descriptor(), shard.index(), stream.trimHorizon(shard), record -> {
                first[0] = record.createdAt();
                return false;
            });
            if (first[0] != null) {
                return first[0];
            }
        }
        return null;
    }

    private void trim(LiveStream stream, Instant horizon) {
        boolean more = true;
        while (more) {
            more = trimBatch(stream, horizon);
        }
        StreamDescriptor descriptor = stream.descriptor();
        if (!descriptor.isEnabled() && descriptor.disabledAtMillis() < horizon.toEpochMilli()
                && stream.shards().isEmpty()) {
            WriteBatch batch = new WriteBatch();
            store.deleteStream(batch, stream.streamArn());
            store.commit(batch);
            catalog.remove(stream);
            LOG.debug("Stream {} passed retention and is gone", stream.streamArn());
        }
    }

    /** @return whether the batch was full, so more may be due */
    private boolean trimBatch(LiveStream stream, Instant horizon) {
        String arn = stream.streamArn();
        StreamDescriptor descriptor = stream.descriptor();
        WriteBatch batch = new WriteBatch();
        long[] through = {descriptor.trimmedThrough()};
        int[] deletes = {0};
        List<Shard> removed = new ArrayList<>();
        for (Shard shard : stream.shards()) {
            boolean[] reachedNewer = {false};
            store.scanRecords(descriptor, shard.index(), stream.trimHorizon(shard), record -> {
                if (!record.createdAt().isBefore(horizon) || deletes[0] == BATCH_LIMIT) {
                    reachedNewer[0] = true;
                    return false;
                }
                store.deleteRecord(batch, descriptor, shard.index(), record);
                through[0] = record.sequence();
                deletes[0]++;
                return true;
            });
            if (reachedNewer[0]) {
                break;
            }
            if (!shard.isOpen() && shard.closedAtMillis() < horizon.toEpochMilli()) {
                store.deleteShard(batch, arn, shard);
                removed.add(shard);
            }
        }
        if (batch.isEmpty()) {
            return false;
        }
        stream.trimmed(through[0], removed, trimmed -> {
            store.putStream(batch, trimmed);
            store.commit(batch);
        });
        return deletes[0] == BATCH_LIMIT;
    }
}
