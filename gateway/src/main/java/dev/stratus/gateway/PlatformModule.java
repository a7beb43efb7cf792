package dev.stratus.gateway;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.google.inject.AbstractModule;
import com.google.inject.multibindings.MapBinder;
import com.google.inject.multibindings.Multibinder;
import dev.stratus.gateway.plugin.InProcessCalls;
import dev.stratus.spi.CodeOutput;
import dev.stratus.spi.ConsoleEvents;
import dev.stratus.spi.ConsoleView;
import dev.stratus.spi.HealthCheck;
import dev.stratus.spi.PlatformPath;
import dev.stratus.spi.ServiceCalls;
import dev.stratus.spi.ServiceHandler;
import dev.stratus.spi.ServiceLifecycle;
import dev.stratus.spi.StratusEndpoint;
import dev.stratus.spi.StratusSettings;
import dev.stratus.spi.storage.Storage;
import dev.stratus.spi.time.Scheduler;
import java.time.Clock;

/**
 * What the platform gives every plugin: settings, endpoint, clock and scheduler, code output, console notices,
 * storage, the JSON mapper, calls to other services.
 */
final class PlatformModule extends AbstractModule {

    private final StratusSettings settings;
    private final StratusEndpoint endpoint;
    private final Clock clock;
    private final Scheduler scheduler;
    private final CodeOutput codeOutput;
    private final ConsoleEvents consoleEvents;
    private final Storage storage;
    private final ObjectMapper mapper;

    PlatformModule(StratusSettings settings, StratusEndpoint endpoint, Clock clock, Scheduler scheduler,
                   CodeOutput codeOutput, ConsoleEvents consoleEvents, Storage storage, ObjectMapper mapper) {
        this.settings = settings;
        this.endpoint = endpoint;
        this.clock = clock;
        this.scheduler = scheduler;
        this.codeOutput = codeOutput;
        this.consoleEvents = consoleEvents;
        this.storage = storage;
        this.mapper = mapper;
    }

    @Override
    protected void configure() {
        bind(StratusSettings.class).toInstance(settings);
        bind(StratusEndpoint.class).toInstance(endpoint);
        bind(Clock.class).toInstance(clock);
        bind(Scheduler.class).toInstance(scheduler);
        bind(CodeOutput.class).toInstance(codeOutput);
        bind(ConsoleEvents.class).toInstance(consoleEvents);
        bind(Storage.class).toInstance(storage);
        bind(ObjectMapper.class).toInstance(mapper);
        bind(ServiceCalls.class).to(InProcessCalls.class);
        MapBinder.newMapBinder(binder(), String.class, ServiceHandler.class);
        Multibinder.newSetBinder(binder(), ServiceLifecycle.class);
        Multibinder.newSetBinder(binder(), HealthCheck.class);
        Multibinder.newSetBinder(binder(), ConsoleView.class);
        Multibinder.newSetBinder(binder(), PlatformPath.class);
    }
}
