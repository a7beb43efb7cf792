package dev.stratus.dynamodb.ttl;

import dev.stratus.dynamodb.api.ItemChange;
import dev.stratus.dynamodb.api.value.AttributeValue;
import dev.stratus.dynamodb.item.ItemCommitter;
import dev.stratus.dynamodb.item.ItemEncoding;
import dev.stratus.dynamodb.item.ItemStore;
import dev.stratus.dynamodb.item.ItemWrite;
import dev.stratus.dynamodb.key.PrimaryKey;
import dev.stratus.dynamodb.table.Table;
import dev.stratus.dynamodb.table.TableCatalog;
import dev.stratus.dynamodb.table.TableDefinition;
import dev.stratus.dynamodb.table.TableKeyspace;
import dev.stratus.dynamodb.table.TimeToLiveSettings;
import dev.stratus.spi.Durations;
import dev.stratus.spi.ServiceLifecycle;
import dev.stratus.spi.StratusSettings;
import dev.stratus.spi.storage.KeyRange;
import dev.stratus.spi.storage.KeyValue;
import dev.stratus.spi.storage.WriteBatch;
import dev.stratus.spi.time.Scheduler;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Deletes expired items of every table with time to live enabled, every {@value #SWEEP_INTERVAL} (default 10s)
 * of the platform clock, through the platform {@link Scheduler}: a test that moves the clock past an expiry sees
 * the item deleted when the move returns. An item expires once its expiry attribute, a Number of epoch
 * seconds, is in the past by the platform clock, but not more than five years in the past (AWS leaves those
 * alone); an item whose attribute is missing or not a Number never expires. Until a sweep deletes it, an expired
 * item is read like any other.
 */
@Singleton
public final class TtlSweeper implements ServiceLifecycle {

    public static final String SWEEP_INTERVAL = "dynamodb.ttl-sweep-interval";
    public static final String DEFAULT_SWEEP_INTERVAL = "10s";
    private static final Duration OLDEST_EXPIRY = Duration.ofDays(5 * 365);
    private static final Logger LOG = LoggerFactory.getLogger(TtlSweeper.class);

    private final TableCatalog catalog;
    private final TableKeyspace keyspace;
    private final ItemStore store;
    private final ItemCommitter committer;
    private final Clock clock;
    private final Scheduler scheduler;
    private final Duration interval;
    /** Guarded by {@code this}; set while started. */
    private Scheduler.Scheduled sweeps;

    @Inject
    public TtlSweeper(TableCatalog catalog, TableKeyspace keyspace, ItemStore store, ItemCommitter committer,
                      Clock clock, Scheduler scheduler, StratusSettings settings) {
        this.catalog = catalog;
        this.keyspace = keyspace;
        this.store = store;
        this.committer = committer;
        this.clock = clock;
        this.scheduler = scheduler;
        this.interval = Durations.parse(settings.get(SWEEP_INTERVAL).orElse(DEFAULT_SWEEP_INTERVAL));
    }

    @Override
    public synchronized void start() {
        sweeps = scheduler.every(interval, "dynamodb-ttl-sweep", this::sweepLogged);
    }

    @Override
    public synchronized void stop() {
        if (sweeps != null) {
            sweeps.cancel();
            sweeps = null;
        }
    }

    /** Deletes every item expired now; returns how many it deleted. */
    public int sweepOnce() {
        Instant now = clock.instant();
        int deleted = 0;
        for (Table table : catalog.all()) {
            TimeToLiveSettings ttl = table.definition().timeToLive();
            if (ttl != null && ttl.enabled()) {
                for (PrimaryKey key : expiredKeys(table.definition(), ttl.attributeName(), now)) {
                    deleted += deleteIfExpired(table, key, ttl.attributeName(), now) ? 1 : 0;
                }
            }
        }
        return deleted;
    }

    private void sweepLogged() {
        int deleted = sweepOnce();
        if (deleted > 0) {
            LOG.debug("The time-to-live sweep deleted {} expired items.", deleted);
        }
    }

    private List<PrimaryKey> expiredKeys(TableDefinition table, String attribute, Instant now) {
        try (Stream<KeyValue> items = keyspace.items().scan(KeyRange.prefix(TableKeyspace.itemPrefix(table.id())))) {
            return items.map(entry -> ItemEncoding.decode(entry.value()))
                    .filter(item -> expired(item, attribute, now))
                    .map(item -> PrimaryKey.of(table.keySchema(), item))
                    .toList();
        }
    }

    /** Deletes the item under the table's write lock if it is still expired (a writer may have renewed it). */
    private boolean deleteIfExpired(Table table, PrimaryKey key, String attribute, Instant now) {
        table.writeLock().lock();
        try {
            if (table.isDeleted()) {
                return false;
            }
            Map<String, AttributeValue> current = store.get(table.definition(), key).orElse(null);
            if (current == null || !expired(current, attribute, now)) {
                return false;
            }
            committer.commit(List.of(new ItemWrite(table, key, current, null)), new WriteBatch(),
                    ItemChange.UserIdentity.timeToLive());
            return true;
        } finally {
            table.writeLock().unlock();
        }
    }

    static boolean expired(Map<String, AttributeValue> item, String attribute, Instant now) {
        if (!(item.get(attribute) instanceof AttributeValue.N expiry)) {
            return false;
        }
        double seconds = expiry.value().bigDecimal().doubleValue();
        return seconds < now.getEpochSecond() && seconds >= now.minus(OLDEST_EXPIRY).getEpochSecond();
    }
}
