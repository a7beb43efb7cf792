package dev.stratus.streams.stream;

import dev.stratus.dynamodb.api.TableChange;
import dev.stratus.spi.storage.WriteBatch;
import dev.stratus.streams.consumer.ConsumerRegistry;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentNavigableMap;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.concurrent.atomic.AtomicLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Every stream within retention, by ARN, and each table's enabled stream. Loaded from {@link StreamStore} when
 * created; kept in step with it by the changes that write both.
 */
@Singleton
public final class StreamCatalog {

    private static final Logger LOG = LoggerFactory.getLogger(StreamCatalog.class);

    private final StreamStore store;
    private final ConsumerRegistry consumers;
    private final ConcurrentNavigableMap<String, LiveStream> byArn = new ConcurrentSkipListMap<>();
    private final Map<TableKey, LiveStream> enabledByTable = new ConcurrentHashMap<>();
    /** The next stream's records id: above every stored stream's. */
    private final AtomicLong nextRecordsId = new AtomicLong();

    @Inject
    public StreamCatalog(StreamStore store, ConsumerRegistry consumers) {
        this.store = store;
        this.consumers = consumers;
        for (StreamStore.LoadedStream loaded : store.loadAll()) {
            add(restore(loaded));
            Long recordsId = loaded.descriptor().recordsId();
            if (recordsId != null) {
                nextRecordsId.accumulateAndGet(recordsId + 1, Math::max);
            }
        }
    }

    public Optional<LiveStream> find(String streamArn) {
        return Optional.ofNullable(byArn.get(streamArn));
    }

    /** The streams whose ARNs start with {@code prefix} and sort after {@code exclusiveStart} (if given), in ARN order. */
    public List<LiveStream> list(String prefix, String exclusiveStart) {
        boolean afterStart = exclusiveStart != null && exclusiveStart.compareTo(prefix) > 0;
        String from = afterStart ? exclusiveStart : prefix;
        List<LiveStream> found = new ArrayList<>();
        for (LiveStream stream : byArn.tailMap(from, !afterStart).values()) {
            if (!stream.streamArn().startsWith(prefix)) {
                break;
            }
            found.add(stream);
        }
        return found;
    }

    /** Every stream, for the maintenance tick. */
    public List<LiveStream> all() {
        return List.copyOf(byArn.values());
    }

    LiveStream enabledStream(String accountId, String region, String tableName) {
        return enabledByTable.get(new TableKey(accountId, region, tableName));
    }

    void onTableChange(TableChange change, WriteBatch batch) {
        switch (change.kind()) {
            case CREATED, STREAM_ENABLED -> {
                if (change.stream() != null) {
                    disable(change, batch);
                    create(change, batch);
                }
            }
            case STREAM_DISABLED, DELETED -> disable(change, batch);
        }
    }

    void remove(LiveStream stream) {
        byArn.remove(stream.streamArn());
        StreamDescriptor descriptor = stream.descriptor();
        enabledByTable.remove(new TableKey(descriptor.accountId(), descriptor.region(), descriptor.tableName()),
                stream);
    }

    private void create(TableChange change, WriteBatch batch) {
        TableChange.StreamSpec spec = change.stream();
        StreamDescriptor descriptor = new StreamDescriptor(spec.streamArn(), change.accountId(), change.region(),
                change.tableName(), spec.label(), spec.viewType(), change.keySchema(),
                change.time().toEpochMilli(), StreamDescriptor.ENABLED, null, -1, nextRecordsId.getAndIncrement());
        Shard first = Shard.open(spec.streamArn(), 0, null, 0, change.time());
        store.putStream(batch, descriptor);
        store.putShard(batch, descriptor.streamArn(), first);
        LiveStream stream = new LiveStream(descriptor, List.of(first), -1);
        batch.afterCommit(() -> add(stream));
        LOG.debug("Stream {} enabled with view type {}", spec.streamArn(), spec.viewType());
    }

    private void disable(TableChange change, WriteBatch batch) {
        LiveStream stream = enabledByTable.remove(new TableKey(change.accountId(), change.region(),
                change.tableName()));
        if (stream == null) {
            return;
        }
        Optional<Shard> closed = stream.disable(change.time());
        if (closed.isPresent()) {
            store.putStream(batch, stream.descriptor());
            store.putShard(batch, stream.streamArn(), closed.get());
            batch.afterCommit(() -> consumers.shardsChanged(stream.streamArn()));
            LOG.debug("Stream {} disabled", stream.streamArn());
        }
    }

    /** Closes due shards of idle streams and opens their children. */
    public void rollOverDueShards(Instant now, Duration rollover) {
        for (LiveStream stream : byArn.values()) {
            boolean rolled = stream.rollOverIfDue(now, rollover, changed -> {
                WriteBatch batch = new WriteBatch();
                changed.forEach(shard -> store.putShard(batch, stream.streamArn(), shard));
                store.commit(batch);
            });
            if (rolled) {
                consumers.shardsChanged(stream.streamArn());
            }
        }
    }

    private void add(LiveStream stream) {
        byArn.put(stream.streamArn(), stream);
        StreamDescriptor descriptor = stream.descriptor();
        if (descriptor.isEnabled()) {
            enabledByTable.put(new TableKey(descriptor.accountId(), descriptor.region(), descriptor.tableName()),
                    stream);
        }
    }

    /** Rebuilds a stream's counter so that no sequence number it ever handed out is handed out again. */
    private static LiveStream restore(StreamStore.LoadedStream loaded) {
        long last = Math.max(loaded.lastRecord(), loaded.descriptor().trimmedThrough());
        for (Shard shard : loaded.shards()) {
            last = Math.max(last, shard.isOpen() ? shard.start() - 1 : shard.end());
        }
        return new LiveStream(loaded.descriptor(), loaded.shards(), last);
    }

    private record TableKey(String accountId, String region, String tableName) {
    }
}
