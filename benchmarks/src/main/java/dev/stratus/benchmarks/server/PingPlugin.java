package dev.stratus.benchmarks.server;

import com.google.inject.AbstractModule;
import com.google.inject.Module;
import dev.stratus.spi.Protocol;
import dev.stratus.spi.ServiceBindings;
import dev.stratus.spi.ServiceDescriptor;
import dev.stratus.spi.ServicePlugin;
import java.util.List;
import java.util.Set;

/** A benchmark-only service: AWS JSON 1.0, one operation, {@code Ping}, answering {@code {}}. */
public final class PingPlugin implements ServicePlugin {

    public static final String NAME = "benchping";
    public static final String TARGET = PingHandler.TARGET_PREFIX + ".Ping";

    @Override
    public ServiceDescriptor descriptor() {
        return new ServiceDescriptor(NAME, NAME, Protocol.AWS_JSON_1_0, List.of(PingHandler.TARGET_PREFIX), List.of(),
                Set.of(), List.of());
    }

    @Override
    public Module module() {
        return new AbstractModule() {
            @Override
            protected void configure() {
                ServiceBindings.handler(binder(), NAME, PingHandler.class);
            }
        };
    }
}
