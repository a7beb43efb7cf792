package dev.stratus.lambda.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.inject.Guice;
import com.google.inject.Injector;
import com.google.inject.Key;
import com.google.inject.TypeLiteral;
import dev.stratus.spi.CodeOutput;
import dev.stratus.spi.ServiceLifecycle;
import dev.stratus.spi.Setting;
import dev.stratus.spi.StratusEndpoint;
import dev.stratus.spi.StratusSettings;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RuntimeModuleTest {

    @TempDir
    Path workDir;

    @Test
    void everySettingIsALambdaSetting() {
        for (Setting setting : RuntimeModule.settings()) {
            assertTrue(setting.key().startsWith("lambda."), setting.key());
        }
    }

    @Test
    void unsetJavaAndSdkCacheDefaultToTheRunningJvmAndTheUsersHome() {
        RuntimeSettings settings = RuntimeSettings.from(settings(Map.of()));

        assertEquals(Path.of(System.getProperty("java.home"), "bin", "java").toString(), settings.javaExecutable());
        assertEquals(Path.of(System.getProperty("user.home"), ".stratus", "node-sdk"), settings.nodeSdkCache());
        assertEquals(10, settings.maxEnvironmentsPerFunction());
    }

    @Test
    void theSdkInstallAtStartIsOnUnlessASettingTurnsItOff() {
        assertTrue(RuntimeSettings.from(settings(Map.of())).nodeSdkPrepareAtStart());
        assertFalse(RuntimeSettings.from(settings(Map.of("lambda.node-sdk-prepare-at-start", "false")))
                .nodeSdkPrepareAtStart());
    }

    @Test
    void invokerIsOneSingletonThatStopsWithTheService() {
        Injector injector = Guice.createInjector(new RuntimeModule(), binder -> {
            binder.bind(StratusSettings.class).toInstance(settings(Map.of("lambda.idle-timeout", "90s")));
            binder.bind(StratusEndpoint.class).toInstance(new StratusEndpoint("127.0.0.1", 4566));
            binder.bind(Clock.class).toInstance(Clock.systemUTC());
            binder.bind(CodeOutput.class).toInstance(CodeOutput.NONE);
        });

        FunctionInvoker invoker = injector.getInstance(FunctionInvoker.class);
        Set<ServiceLifecycle> lifecycles = injector.getInstance(Key.get(new TypeLiteral<Set<ServiceLifecycle>>() { }));

        assertSame(invoker, injector.getInstance(FunctionInvoker.class));
        assertEquals(Set.of(invoker), lifecycles);
        assertEquals(Duration.ofSeconds(90), injector.getInstance(RuntimeSettings.class).idleTimeout());
        lifecycles.forEach(ServiceLifecycle::stop);
    }

    /** Settings as the platform gives them: the given values, else the declared defaults. */
    private StratusSettings settings(Map<String, String> values) {
        Map<String, String> defaults = RuntimeModule.settings().stream()
                .filter(setting -> setting.defaultValue() != null)
                .collect(Collectors.toMap(Setting::key, Setting::defaultValue));
        return new StratusSettings() {
            @Override
            public Optional<String> get(String key) {
                return Optional.ofNullable(values.getOrDefault(key, defaults.get(key)));
            }

            @Override
            public Optional<Path> dataDir() {
                return Optional.empty();
            }

            @Override
            public Path workDir() {
                return workDir;
            }
        };
    }
}
