package dev.stratus.events.api;

/**
 * What a source wakes when it changes, so delivery needs no polling. Called after the commit that made the
 * records visible, possibly on the writer's thread: implementations only signal their own worker and return
 * at once, and a source carries on waking its other consumers if one throws.
 */
public interface EventSourceConsumer {

    /** New records are readable in the partition. */
    void recordsAvailable(String sourceArn, String partitionId);

    /** A partition closed or a new one opened, or the source was disabled. */
    default void partitionsChanged(String sourceArn) {
    }
}
