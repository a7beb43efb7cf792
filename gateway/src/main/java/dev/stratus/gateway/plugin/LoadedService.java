package dev.stratus.gateway.plugin;

import dev.stratus.spi.ServiceDescriptor;
import dev.stratus.spi.ServicePlugin;

/**
 * A service found on the classpath or in the plugins directory.
 *
 * @param origin {@code classpath} or the plugin jar's path, for messages
 */
public record LoadedService(ServicePlugin plugin, ServiceDescriptor descriptor, String origin) {
}
