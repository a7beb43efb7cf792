package dev.stratus.lambda.esm;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.google.inject.AbstractModule;
import com.google.inject.Provides;
import com.google.inject.Singleton;
import com.google.inject.multibindings.Multibinder;
import dev.stratus.events.api.EventBindings;
import dev.stratus.events.api.EventSource;
import dev.stratus.lambda.destination.Destinations;
import dev.stratus.lambda.esm.delivery.Checkpoints;
import dev.stratus.lambda.esm.delivery.DeliveryEngine;
import dev.stratus.lambda.esm.delivery.EventSources;
import dev.stratus.lambda.esm.delivery.RetryBackoff;
import dev.stratus.lambda.function.FunctionDirectory;
import dev.stratus.lambda.tags.TaggableResource;
import dev.stratus.spi.ConsoleEvents;
import dev.stratus.spi.ServiceBindings;
import dev.stratus.spi.Setting;
import dev.stratus.spi.StratusSettings;
import dev.stratus.spi.storage.Storage;
import dev.stratus.spi.time.Scheduler;
import java.time.Clock;
import java.util.List;
import java.util.Set;

/**
 * The bindings of event source mappings: the mappings, their delivery engine (stopped with the service), their
 * health and their progress in the console. The {@link EventSource}s come from the services that offer them (DynamoDB Streams): without
 * one, no mapping of its sources can be created. Install it from the Lambda service's module, and add
 * {@link #settings()} to the Lambda descriptor's settings.
 */
public final class EventSourceMappingModule extends AbstractModule {

    /** How long a failing batch waits before its first retry (the wait doubles with each retry). */
    public static final String RETRY_BACKOFF = "lambda.esm.retry-backoff";
    /** The longest wait between two retries of a failing batch. */
    public static final String MAX_RETRY_BACKOFF = "lambda.esm.max-retry-backoff";

    public static List<Setting> settings() {
        return List.of(
                new Setting(RETRY_BACKOFF, Setting.Type.DURATION, "100ms",
                        "How long an event source mapping waits before retrying a failed batch the first time."),
                new Setting(MAX_RETRY_BACKOFF, Setting.Type.DURATION, "5s",
                        "The longest an event source mapping waits between two retries of a failed batch."));
    }

    @Override
    protected void configure() {
        EventBindings.declare(binder());
        bind(EventSourceMappingRoutes.class).in(Singleton.class);
        ServiceBindings.lifecycle(binder(), EventSourceMappingLifecycle.class);
        ServiceBindings.healthCheck(binder(), EventSourceMappingHealth.class);
        ServiceBindings.consoleView(binder(), MappingProgressView.class);
        Multibinder.newSetBinder(binder(), TaggableResource.class).addBinding().to(EventSourceMappings.class);
    }

    @Provides
    @Singleton
    EventSourceMappings eventSourceMappings(Set<EventSource> offered, Destinations destinations,
                                            FunctionDirectory functions, Storage storage, Clock clock,
                                            ObjectMapper mapper, StratusSettings settings, Scheduler scheduler,
                                            ConsoleEvents console) {
        RetryBackoff backoff = new RetryBackoff(settings.getDuration(RETRY_BACKOFF), settings.getDuration(MAX_RETRY_BACKOFF));
        Checkpoints checkpoints = new Checkpoints(storage, mapper);
        EventSources sources = new EventSources(offered);
        return new EventSourceMappings(new MappingStore(storage, mapper), functions, sources, destinations,
                listener -> new DeliveryEngine(sources, functions, checkpoints, listener, clock, mapper, backoff,
                        scheduler),
                clock, console);
    }
}
