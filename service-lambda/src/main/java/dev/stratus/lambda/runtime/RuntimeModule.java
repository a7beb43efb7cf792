package dev.stratus.lambda.runtime;

import com.google.inject.AbstractModule;
import com.google.inject.Provides;
import dev.stratus.spi.ServiceBindings;
import dev.stratus.spi.Setting;
import dev.stratus.spi.StratusSettings;
import jakarta.inject.Singleton;
import java.util.List;

/**
 * Binds the {@link FunctionInvoker} that runs functions in local processes, its stop hook that kills them, and
 * the health check that lists their execution environments.
 * The Lambda service's module installs it and declares {@link #settings()}.
 */
public final class RuntimeModule extends AbstractModule {

    /** The settings the runtime reads, to declare in the service's descriptor. */
    public static List<Setting> settings() {
        return RuntimeSettings.declared();
    }

    @Override
    protected void configure() {
        bind(FunctionInvoker.class).to(LocalFunctionInvoker.class);
        ServiceBindings.lifecycle(binder(), LocalFunctionInvoker.class);
        ServiceBindings.healthCheck(binder(), RuntimeHealth.class);
    }

    @Provides
    @Singleton
    RuntimeSettings runtimeSettings(StratusSettings settings) {
        return RuntimeSettings.from(settings);
    }
}
