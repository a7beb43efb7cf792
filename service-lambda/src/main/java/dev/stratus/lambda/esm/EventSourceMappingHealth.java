package dev.stratus.lambda.esm;

import dev.stratus.spi.HealthCheck;
import jakarta.inject.Inject;

/** Reports the mappings and how many batches they gave up (their invocation records are kept on the mappings). */
final class EventSourceMappingHealth implements HealthCheck {

    private final EventSourceMappings mappings;

    @Inject
    EventSourceMappingHealth(EventSourceMappings mappings) {
        this.mappings = mappings;
    }

    @Override
    public String service() {
        return "lambda";
    }

    @Override
    public HealthStatus check() {
        return HealthStatus.ok(mappings.mappingCount() + " event source mapping(s); " + mappings.failedBatchCount()
                + " batch(es) given up after failures, their invocation records kept on the mappings");
    }
}
