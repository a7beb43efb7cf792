package dev.stratus.streams.maintenance;

import dev.stratus.spi.ServiceLifecycle;
import dev.stratus.spi.time.Scheduler;
import dev.stratus.streams.stream.Retention;
import dev.stratus.streams.stream.StreamCatalog;
import dev.stratus.streams.stream.StreamsSettings;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The periodic tick of the streams: rolls over the shards of idle streams when due, trims what passed
 * retention and, without a data directory, the oldest records beyond the memory limit; by the platform clock,
 * run by the platform {@link Scheduler} from {@link #start()} to {@link #stop()}.
 */
@Singleton
public final class StreamMaintenance implements ServiceLifecycle {

    private static final Logger LOG = LoggerFactory.getLogger(StreamMaintenance.class);
    private static final Duration TICK = Duration.ofMillis(250);

    private final StreamCatalog catalog;
    private final Retention retention;
    private final StreamsSettings settings;
    private final Clock clock;
    private final Scheduler scheduler;
    private Scheduler.Scheduled ticks;
    /** Whether the memory limit made a trim yet: it is logged the first time only. */
    private boolean trimmedEarly;
    /** The failure of the latest tick, or {@code null} when it succeeded. */
    private volatile RuntimeException lastFailure;

    @Inject
    public StreamMaintenance(StreamCatalog catalog, Retention retention, StreamsSettings settings, Clock clock,
                             Scheduler scheduler) {
        this.catalog = catalog;
        this.retention = retention;
        this.settings = settings;
        this.clock = clock;
        this.scheduler = scheduler;
    }

    @Override
    public synchronized void start() {
        ticks = scheduler.every(TICK, "dynamodbstreams-maintenance", this::tick);
    }

    @Override
    public synchronized void stop() {
        if (ticks != null) {
            ticks.cancel();
            ticks = null;
        }
    }

    /** One round of maintenance at the clock's current time. */
    public void tick() {
        try {
            Instant now = clock.instant();
            catalog.rollOverDueShards(now, settings.shardRollover());
            retention.trim(now.minus(settings.retention()));
            settings.memoryLimitBytes().ifPresent(this::keepWithin);
            lastFailure = null;
        } catch (RuntimeException e) {
            lastFailure = e;
            LOG.error("Stream maintenance failed; it will run again in {} ms", TICK.toMillis(), e);
        }
    }

    /** Trims the oldest records to 90% of the limit once they pass it, so that trims are few and large. */
    private void keepWithin(long limitBytes) {
        if (retention.trimOldestBeyond(limitBytes, limitBytes / 10 * 9) && !trimmedEarly) {
            trimmedEarly = true;
            LOG.warn("Stream records held in memory passed {} MB ({}): the oldest records of all streams are "
                    + "trimmed before their retention ends; use --data-dir to keep them all.",
                    limitBytes / (1024 * 1024), StreamsSettings.MEMORY_LIMIT.key());
        }
    }

    /** Why the latest tick failed, or empty when it succeeded. */
    public Optional<RuntimeException> lastFailure() {
        return Optional.ofNullable(lastFailure);
    }
}
