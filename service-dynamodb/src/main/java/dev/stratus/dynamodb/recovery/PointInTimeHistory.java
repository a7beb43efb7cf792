package dev.stratus.dynamodb.recovery;

import dev.stratus.dynamodb.api.value.AttributeValue;
import dev.stratus.dynamodb.item.ItemEncoding;
import dev.stratus.dynamodb.item.ItemHistory;
import dev.stratus.dynamodb.item.ItemWrite;
import dev.stratus.dynamodb.table.Table;
import dev.stratus.dynamodb.table.TableCatalog;
import dev.stratus.dynamodb.table.TableKeyspace;
import dev.stratus.spi.ServiceLifecycle;
import dev.stratus.spi.storage.ByteKeys;
import dev.stratus.spi.storage.KeyRange;
import dev.stratus.spi.storage.KeyValue;
import dev.stratus.spi.storage.KeyValueStore;
import dev.stratus.spi.storage.Storage;
import dev.stratus.spi.storage.WriteBatch;
import dev.stratus.spi.time.Scheduler;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.nio.ByteBuffer;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;

/**
 * The item history of the tables with point-in-time recovery enabled, in {@code dynamodb.history}: every committed
 * write of such a table leaves {@code storage id, commit millis, sequence} → {@code key length, key, old image}
 * (no image when the item did not exist), in the write's own batch. A table as it was at a time is its items now
 * with every later write undone; the oldest later write of each item holds the item as it was then. A table
 * without recovery records nothing; disabling recovery drops the table's history, and every
 * {@value #PRUNE_HOURS} hours of the platform clock the entries older than each table's recovery period go.
 */
@Singleton
public final class PointInTimeHistory implements ItemHistory, ServiceLifecycle {

    static final int PRUNE_HOURS = 1;

    private final KeyValueStore store;
    private final Storage storage;
    private final TableKeyspace keyspace;
    private final TableCatalog catalog;
    private final RecoverySettings settings;
    private final Clock clock;
    private final Scheduler scheduler;
    /** Whether each table (by storage id) keeps history; read from its setting on its first write. */
    private final Map<Long, Boolean> keeping = new ConcurrentHashMap<>();
    /** Orders the entries of one millisecond; commits of one table are ordered by its commit lock. */
    private final AtomicLong sequence = new AtomicLong();
    /** Guarded by {@code this}; set while started. */
    private Scheduler.Scheduled pruning;

    @Inject
    public PointInTimeHistory(Storage storage, TableKeyspace keyspace, TableCatalog catalog, RecoverySettings settings,
                              Clock clock, Scheduler scheduler) {
        this.store = storage.namespace("dynamodb.history");
        this.storage = storage;
        this.keyspace = keyspace;
        this.catalog = catalog;
        this.settings = settings;
        this.clock = clock;
        this.scheduler = scheduler;
    }

    @Override
    public synchronized void start() {
        pruning = scheduler.every(Duration.ofHours(PRUNE_HOURS), "dynamodb-recovery-history", this::prune);
    }

    @Override
    public synchronized void stop() {
        if (pruning != null) {
            pruning.cancel();
            pruning = null;
        }
    }

    @Override
    public void record(ItemWrite write, Instant time, WriteBatch batch) {
        Table table = write.table();
        if (!keeping.computeIfAbsent(table.definition().id(), id -> settings.of(table).enabled())) {
            return;
        }
        byte[] key = write.key().encoded();
        byte[] image = write.oldItem() == null ? new byte[0] : ItemEncoding.encode(write.oldItem());
        byte[] entry = ByteBuffer.allocate(Integer.BYTES + key.length + image.length)
                .putInt(key.length).put(key).put(image).array();
        batch.put(store, entryKey(table.definition().id(), time.toEpochMilli(), sequence.incrementAndGet()), entry);
    }

    /** Starts or stops keeping the table's history, dropping what it kept when stopping; under its write lock. */
    void keep(Table table, boolean enabled) {
        long id = table.definition().id();
        keeping.put(id, enabled);
        if (!enabled) {
            clear(KeyRange.prefix(TableKeyspace.itemPrefix(id)));
        }
    }

    /**
     * The table's items as they were at {@code atMillis} (every write committed then included), read holding its
     * write lock; the history must reach back to that time.
     */
    List<Map<String, AttributeValue>> itemsAt(Table table, long atMillis) {
        long id = table.definition().id();
        Map<ByteBuffer, Optional<Map<String, AttributeValue>>> before = new HashMap<>();
        KeyRange later = new KeyRange(entryKey(id, atMillis + 1, 0), ByteKeys.prefixEnd(TableKeyspace.itemPrefix(id)),
                false);
        try (Stream<KeyValue> entries = store.scan(later)) {
            entries.forEach(entry -> {
                ByteBuffer value = ByteBuffer.wrap(entry.value());
                byte[] key = new byte[value.getInt()];
                value.get(key);
                byte[] image = Arrays.copyOfRange(entry.value(), value.position(), entry.value().length);
                before.putIfAbsent(ByteBuffer.wrap(key),
                        image.length == 0 ? Optional.empty() : Optional.of(ItemEncoding.decode(image)));
            });
        }
        List<Map<String, AttributeValue>> items = new ArrayList<>();
        byte[] prefix = TableKeyspace.itemPrefix(id);
        try (Stream<KeyValue> live = keyspace.items().scan(KeyRange.prefix(prefix))) {
            live.filter(entry -> !before.containsKey(
                            ByteBuffer.wrap(Arrays.copyOfRange(entry.key(), prefix.length, entry.key().length))))
                    .forEach(entry -> items.add(ItemEncoding.decode(entry.value())));
        }
        before.values().forEach(image -> image.ifPresent(items::add));
        return items;
    }

    /** Drops the entries no restore can need any more: older than each table's recovery period, or of tables gone. */
    void prune() {
        long now = clock.millis();
        Set<Long> live = new HashSet<>();
        for (Table table : catalog.all()) {
            long id = table.definition().id();
            live.add(id);
            if (keeping.getOrDefault(id, false)) {
                long cutoff = now - settings.of(table).recoveryPeriodInDays() * Duration.ofDays(1).toMillis();
                clear(new KeyRange(TableKeyspace.itemPrefix(id), entryKey(id, cutoff, 0), false));
            }
        }
        keeping.keySet().stream().filter(id -> !live.contains(id)).toList().forEach(id -> {
            clear(KeyRange.prefix(TableKeyspace.itemPrefix(id)));
            keeping.remove(id);
        });
    }

    private void clear(KeyRange range) {
        WriteBatch batch = new WriteBatch();
        try (Stream<KeyValue> entries = store.scan(range)) {
            entries.forEach(entry -> batch.delete(store, entry.key()));
        }
        if (!batch.isEmpty()) {
            storage.commit(batch);
        }
    }

    private static byte[] entryKey(long tableId, long millis, long sequence) {
        return ByteBuffer.allocate(3 * Long.BYTES).putLong(tableId).putLong(millis).putLong(sequence).array();
    }
}
