package dev.stratus.streams.maintenance;

import dev.stratus.spi.ServiceLifecycle;
import dev.stratus.streams.stream.Retention;
import dev.stratus.streams.stream.StreamCatalog;
import dev.stratus.streams.stream.StreamsSettings;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The background tick of the streams: rolls over the shards of idle streams when due and trims what passed
 * retention, by the platform clock. Owns its one thread from {@link #start()} to {@link #stop()}.
 */
@Singleton
public final class StreamMaintenance implements ServiceLifecycle {

    private static final Logger LOG = LoggerFactory.getLogger(StreamMaintenance.class);
    private static final long TICK_MILLIS = 250;

    private final StreamCatalog catalog;
    private final Retention retention;
    private final StreamsSettings settings;
    private final Clock clock;
    private ScheduledExecutorService executor;
    /** The failure of the latest tick, or {@code null} when it succeeded. */
    private volatile RuntimeException lastFailure;

    @Inject
    public StreamMaintenance(StreamCatalog catalog, Retention retention, StreamsSettings settings, Clock clock) {
        this.catalog = catalog;
        this.retention = retention;
        this.settings = settings;
        this.clock = clock;
    }

    @Override
    public synchronized void start() {
        executor = Executors.newSingleThreadScheduledExecutor(task -> {
            Thread thread = new Thread(task, "dynamodbstreams-maintenance");
            thread.setDaemon(true);
            return thread;
        });
        executor.scheduleWithFixedDelay(this::tick, TICK_MILLIS, TICK_MILLIS, TimeUnit.MILLISECONDS);
    }

    @Override
    public synchronized void stop() {
        if (executor != null) {
            executor.shutdownNow();
            executor = null;
        }
    }

    /** One round of maintenance at the clock's current time. */
    public void tick() {
        try {
            Instant now = clock.instant();
            catalog.rollOverDueShards(now, settings.shardRollover());
            retention.trim(now.minus(settings.retention()));
            lastFailure = null;
        } catch (RuntimeException e) {
            lastFailure = e;
            LOG.error("Stream maintenance failed; it will run again in {} ms", TICK_MILLIS, e);
        }
    }

    /** Why the latest tick failed, or empty when it succeeded. */
    public Optional<RuntimeException> lastFailure() {
        return Optional.ofNullable(lastFailure);
    }
}
