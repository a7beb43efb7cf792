package dev.stratus.gateway.http;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.stratus.spi.HealthCheck;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;

/** The body of {@code GET /_stratus/health}: version, uptime, storage, and each service with its state. */
public final class HealthReport {

    private final String version;
    private final Instant startedAt;
    private final Clock clock;
    private final List<RunningService> services;
    private final Set<HealthCheck> checks;
    private final String storageEngine;
    private final String dataDir;
    private final ObjectMapper mapper;

    public HealthReport(String version, Instant startedAt, Clock clock, List<RunningService> services,
                        Set<HealthCheck> checks, String storageEngine, String dataDir, ObjectMapper mapper) {
        this.version = version;
        this.startedAt = startedAt;
        this.clock = clock;
        this.services = List.copyOf(services);
        this.checks = Set.copyOf(checks);
        this.storageEngine = storageEngine;
        this.dataDir = dataDir;
        this.mapper = mapper;
    }

    /** The report, and whether every check passed. */
    public Result build() {
        ObjectNode body = mapper.createObjectNode();
        body.put("status", "running");
        body.put("version", version);
        body.put("uptimeSeconds", Duration.between(startedAt, clock.instant()).toMillis() / 1000.0);
        ObjectNode storage = body.putObject("storage").put("engine", storageEngine);
        if (dataDir != null) {
            storage.put("dataDir", dataDir);
        }
        ObjectNode servicesNode = body.putObject("services");
        boolean healthy = true;
        for (RunningService service : services) {
            String name = service.descriptor().name();
            ObjectNode node = servicesNode.putObject(name);
            node.put("state", "running");
            node.put("origin", service.origin());
            ArrayNode serviceChecks = node.putArray("checks");
            for (HealthCheck check : checks) {
                if (check.service().equals(name)) {
                    HealthCheck.HealthStatus status = check.check();
                    serviceChecks.addObject().put("healthy", status.healthy()).put("detail", status.detail());
                    if (!status.healthy()) {
                        node.put("state", "degraded");
                        healthy = false;
                    }
                }
            }
        }
        if (!healthy) {
            body.put("status", "degraded");
        }
        return new Result(body, healthy);
    }

    /** A built report. */
    public record Result(ObjectNode body, boolean healthy) {
    }
}
