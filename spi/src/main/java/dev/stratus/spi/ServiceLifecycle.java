package dev.stratus.spi;

/**
 * Start and stop hooks of a service. {@link #start()} runs after the injector is built and before the
 * server accepts requests; {@link #stop()} runs at shutdown and must end every thread and process the
 * service started. {@link #prepare()} runs on request only ({@code bin/stratus --prepare-runtimes}).
 */
public interface ServiceLifecycle {

    /**
     * Does ahead of time, once, the slow work that the first requests would otherwise wait for (installing what
     * a runtime needs), and returns when it is done; returns whether everything could be prepared, having logged
     * what could not.
     */
    default boolean prepare() {
        return true;
    }

    default void start() {
    }

    default void stop() {
    }
}
