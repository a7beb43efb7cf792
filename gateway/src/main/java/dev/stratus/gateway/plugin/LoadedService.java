package dev.stratus.gateway.plugin;

import dev.stratus.spi.ConsolePage;
import dev.stratus.spi.ServiceDescriptor;
import dev.stratus.spi.ServicePlugin;
import java.util.List;

/**
 * A service found on the classpath or in the plugins directory.
 *
 * @param origin       {@code classpath} or the plugin jar's path, for messages
 * @param consolePages the console pages its jar (or the classpath) gives for it
 */
public record LoadedService(ServicePlugin plugin, ServiceDescriptor descriptor, String origin,
                            List<ConsolePage> consolePages) {

    public LoadedService {
        consolePages = List.copyOf(consolePages);
    }

    public LoadedService(ServicePlugin plugin, ServiceDescriptor descriptor, String origin) {
        this(plugin, descriptor, origin, List.of());
    }
}
