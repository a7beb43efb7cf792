package dev.stratus.streams.maintenance;

import dev.stratus.spi.HealthCheck;
import dev.stratus.streams.stream.LiveStream;
import dev.stratus.streams.stream.StreamCatalog;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.util.List;

/** Healthy while the maintenance tick (rollover and trimming) succeeds; shows how many streams there are. */
@Singleton
public final class StreamsHealth implements HealthCheck {

    private final StreamCatalog catalog;
    private final StreamMaintenance maintenance;

    @Inject
    public StreamsHealth(StreamCatalog catalog, StreamMaintenance maintenance) {
        this.catalog = catalog;
        this.maintenance = maintenance;
    }

    @Override
    public String service() {
        return "dynamodbstreams";
    }

    @Override
    public HealthStatus check() {
        List<LiveStream> streams = catalog.all();
        long enabled = streams.stream().filter(stream -> stream.descriptor().isEnabled()).count();
        String detail = streams.size() + " streams, " + enabled + " enabled";
        return maintenance.lastFailure()
                .map(failure -> HealthStatus.failing(detail + "; stream maintenance failed: " + failure))
                .orElseGet(() -> HealthStatus.ok(detail));
    }
}
