package dev.stratus.lambda.esm;

import dev.stratus.spi.ServiceLifecycle;
import jakarta.inject.Inject;

/** Resumes the stored enabled mappings at start and stops every delivery thread at stop. */
final class EventSourceMappingLifecycle implements ServiceLifecycle {

    private final EventSourceMappings mappings;

    @Inject
    EventSourceMappingLifecycle(EventSourceMappings mappings) {
        this.mappings = mappings;
    }

    @Override
    public void start() {
        mappings.resume();
    }

    @Override
    public void stop() {
        mappings.shutdown();
    }
}
