package dev.stratus.spi.storage;

import java.util.ArrayList;
import java.util.List;

/**
 * Writes to commit together with {@link Storage#commit}. Built by one thread; a batch may span namespaces
 * (an item and its stream record).
 */
public final class WriteBatch {

    private final List<Write> writes = new ArrayList<>();
    private final List<Runnable> afterCommit = new ArrayList<>();

    public WriteBatch put(KeyValueStore store, byte[] key, byte[] value) {
        writes.add(new Write.Put(store.name(), key, value));
        return this;
    }

    public WriteBatch delete(KeyValueStore store, byte[] key) {
        writes.add(new Write.Delete(store.name(), key));
        return this;
    }

    /**
     * Runs {@code action} once the batch is committed and visible to readers, on the committing thread,
     * outside the engine's locks. Actions must be quick and must not throw; they do not run if the commit fails.
     */
    public WriteBatch afterCommit(Runnable action) {
        afterCommit.add(action);
        return this;
    }

    public List<Runnable> afterCommitActions() {
        return List.copyOf(afterCommit);
    }

    public List<Write> writes() {
        return List.copyOf(writes);
    }

    public boolean isEmpty() {
        return writes.isEmpty();
    }

    /** One write of a batch. */
    public sealed interface Write {
        String namespace();

        byte[] key();

        record Put(String namespace, byte[] key, byte[] value) implements Write {
        }

        record Delete(String namespace, byte[] key) implements Write {
        }
    }
}
