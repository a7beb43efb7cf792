package dev.stratus.streams.api;

/**
 * Is woken when a stream it registered for changes, so delivery needs no polling. Called after the commit
 * that made the records visible, on the writer's thread: implementations must only signal their own worker
 * and return at once.
 */
public interface StreamConsumer {

    /** New records are readable in the shard. */
    void recordsAvailable(String streamArn, String shardId);

    /** A shard closed or a new one opened, or the stream was disabled. */
    default void shardsChanged(String streamArn) {
    }
}
