package dev.stratus.gateway.plugin;

import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.stratus.events.api.EventSource;
import dev.stratus.spi.ServicePlugin;
import org.junit.jupiter.api.Test;

class SharedLibrariesClassLoaderTest {

    private final SharedLibrariesClassLoader shared = new SharedLibrariesClassLoader(getClass().getClassLoader());

    @Test
    void aPluginSeesTheServersSpiAndEventContractSoLambdaCanTakeItsSources() throws ClassNotFoundException {
        assertSame(ServicePlugin.class, shared.loadClass(ServicePlugin.class.getName()));
        assertSame(EventSource.class, shared.loadClass(EventSource.class.getName()));
    }

    @Test
    void aPluginSeesNothingOfTheServersImplementation() {
        assertThrows(ClassNotFoundException.class, () -> shared.loadClass("org.eclipse.jetty.server.Server"));
        assertThrows(ClassNotFoundException.class, () -> shared.loadClass("com.google.common.collect.ImmutableList"));
        assertThrows(ClassNotFoundException.class, () -> shared.loadClass(PluginLoader.class.getName()));
    }
}
