package dev.stratus.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.google.inject.Module;
import dev.stratus.gateway.plugin.LoadedService;
import dev.stratus.gateway.plugin.PluginLoader;
import dev.stratus.spi.ServicePlugin;
import jakarta.inject.Inject;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.slf4j.Logger;

/**
 * A plugin jar sees the JDK and the packages of the SPI's signatures, shared with the platform, and nothing
 * else of the server's classpath: not Guava (only Guice's implementation needs it), Jetty, RocksDB or Stratus's
 * own modules.
 */
class PluginIsolationTest {

    private static ClassLoader pluginLoader;

    @BeforeAll
    static void loadTheExamplePlugin() {
        ClassLoader platform = PluginIsolationTest.class.getClassLoader();
        List<LoadedService> plugins = new PluginLoader(platform).load(Path.of("target", "test-plugins")).stream()
                .filter(service -> service.origin().endsWith(".jar")).toList();
        assertEquals(List.of("hello"), plugins.stream().map(service -> service.descriptor().name()).toList());
        pluginLoader = plugins.get(0).plugin().getClass().getClassLoader();
    }

    @ParameterizedTest
    @ValueSource(classes = {ServicePlugin.class, Module.class, Inject.class, ObjectMapper.class, Logger.class,
            org.aopalliance.intercept.MethodInterceptor.class})
    void thePluginSharesTheClassesOfTheSpisSignaturesWithThePlatform(Class<?> shared) throws Exception {
        assertSame(shared, pluginLoader.loadClass(shared.getName()));
    }

    @ParameterizedTest
    @ValueSource(strings = {"com.google.common.collect.ImmutableList", "org.eclipse.jetty.server.Server",
            "org.rocksdb.RocksDB", "dev.stratus.gateway.Stratus", "dev.stratus.storage.memory.InMemoryStorage",
            "dev.stratus.dynamodb.api.ItemChange", "ch.qos.logback.classic.Logger"})
    void thePluginCannotSeeTheServersOtherLibraries(String platformClass) throws Exception {
        Class.forName(platformClass, false, PluginIsolationTest.class.getClassLoader());

        assertThrows(ClassNotFoundException.class, () -> pluginLoader.loadClass(platformClass));
    }

    @Test
    void thePluginsOwnClassesComeFromItsJar() throws Exception {
        Class<?> plugin = pluginLoader.loadClass("dev.example.hello.HelloPlugin");

        assertSame(pluginLoader, plugin.getClassLoader());
    }
}
