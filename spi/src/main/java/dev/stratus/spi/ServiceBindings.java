package dev.stratus.spi;

import com.google.inject.Binder;
import com.google.inject.multibindings.MapBinder;
import com.google.inject.multibindings.Multibinder;

/**
 * The bindings through which a plugin's module hands its parts to the platform: its one handler, its
 * lifecycle hooks, its health checks, its console views, its platform paths. They are the only bindings the gateway
 * reads from a plugin. Each service binds exactly one handler under its descriptor's name; a second one under the
 * same name fails startup. Lifecycle hooks, health checks, console views and platform paths are optional and may
 * be bound any number of times.
 */
public final class ServiceBindings {

    private ServiceBindings() {
    }

    /** Binds the handler of the service named {@code serviceName} (its {@link ServiceDescriptor#name()}). */
    public static void handler(Binder binder, String serviceName, Class<? extends ServiceHandler> handler) {
        MapBinder.newMapBinder(binder, String.class, ServiceHandler.class).addBinding(serviceName).to(handler);
    }

    /** Adds start and stop hooks, run in binding order at start and in reverse at stop. */
    public static void lifecycle(Binder binder, Class<? extends ServiceLifecycle> lifecycle) {
        Multibinder.newSetBinder(binder, ServiceLifecycle.class).addBinding().to(lifecycle);
    }

    /** Adds a view the web console reads (see {@link ConsoleView}). */
    public static void consoleView(Binder binder, Class<? extends ConsoleView> view) {
        Multibinder.newSetBinder(binder, ConsoleView.class).addBinding().to(view);
    }

    /** Adds a health check reported by {@code GET /_stratus/health}. */
    public static void healthCheck(Binder binder, Class<? extends HealthCheck> check) {
        Multibinder.newSetBinder(binder, HealthCheck.class).addBinding().to(check);
    }

    /** Adds paths of the service's own under {@code /_stratus/<service>/}. */
    public static void platformPath(Binder binder, Class<? extends PlatformPath> path) {
        Multibinder.newSetBinder(binder, PlatformPath.class).addBinding().to(path);
    }
}
