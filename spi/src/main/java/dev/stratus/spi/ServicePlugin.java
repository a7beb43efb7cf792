package dev.stratus.spi;

import com.google.inject.Module;

/**
 * The entry point of a Stratus service, found with {@link java.util.ServiceLoader}.
 *
 * <p>A plugin describes itself and contributes one Guice module. The module binds the service's
 * {@link ServiceHandler} with {@link ServiceBindings#handler} and may bind lifecycle hooks and
 * health checks. All plugin modules share one injector with the platform module, which binds
 * {@link StratusSettings}, {@link StratusEndpoint}, {@link java.time.Clock},
 * {@link dev.stratus.spi.storage.Storage}, a configured {@link com.fasterxml.jackson.databind.ObjectMapper} and
 * {@link ServiceCalls} to the other running services.
 */
public interface ServicePlugin {

    /** What the service is called, how requests reach it and what it needs. */
    ServiceDescriptor descriptor();

    /** The bindings of the service. */
    Module module();
}
