package dev.stratus.spi.storage;

/**
 * The platform's store: named namespaces of ordered byte keys, committed to in atomic batches.
 *
 * <p>Every engine (in memory, on disk) passes the same contract tests. Reads see only committed batches, and
 * a batch is visible whole or not at all. Namespaces are created on first use; services name theirs after
 * themselves ({@code dynamodb.items}).
 */
public interface Storage {

    /** The namespace called {@code name}; the same object for the same name. */
    KeyValueStore namespace(String name);

    /** Applies every write of the batch atomically, in order, then runs its {@link WriteBatch#afterCommit} actions. */
    void commit(WriteBatch batch);

    /** A short name of the engine for health output ({@code memory}, {@code rocksdb}). */
    String engineName();
}
