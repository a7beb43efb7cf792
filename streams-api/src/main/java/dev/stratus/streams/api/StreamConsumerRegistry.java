package dev.stratus.streams.api;

/** Where in-process consumers register for a stream's records. */
public interface StreamConsumerRegistry {

    /** Registers {@code consumer} for the stream until the returned registration is closed. */
    Registration register(String streamArn, StreamConsumer consumer);

    /** An active registration; closing it stops the wake-ups. */
    interface Registration extends AutoCloseable {
        @Override
        void close();
    }
}
