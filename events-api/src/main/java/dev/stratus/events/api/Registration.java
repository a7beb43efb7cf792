package dev.stratus.events.api;

/**
 * A consumer's registration with a source: closing it stops the wake-ups. Closing twice is harmless.
 */
public interface Registration extends AutoCloseable {

    @Override
    void close();
}
