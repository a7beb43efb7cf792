package dev.stratus.spi;

/**
 * Start and stop hooks of a service. {@link #start()} runs after the injector is built and before the
 * server accepts requests; {@link #stop()} runs at shutdown and must end every thread and process the
 * service started.
 */
public interface ServiceLifecycle {

    default void start() {
    }

    default void stop() {
    }
}
