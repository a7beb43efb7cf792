package dev.stratus.storage.memory;

import dev.stratus.spi.storage.ByteKeys;
import dev.stratus.spi.storage.KeyRange;
import dev.stratus.spi.storage.KeyValue;
import dev.stratus.spi.storage.KeyValueStore;
import dev.stratus.spi.storage.Storage;
import dev.stratus.spi.storage.WriteBatch;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentNavigableMap;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.concurrent.locks.ReadWriteLock;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import java.util.stream.Stream;

/**
 * The default engine: sorted maps in memory.
 *
 * <p>{@code commitLock} guards atomicity of point reads: a commit holds it exclusively while applying its
 * writes and a point read holds it shared, so a read never sees half a batch. Scans are weakly consistent:
 * they may or may not see a batch committed while they run.
 */
public final class InMemoryStorage implements Storage {

    private final Map<String, MemoryStore> namespaces = new ConcurrentHashMap<>();
    private final ReadWriteLock commitLock = new ReentrantReadWriteLock();

    @Override
    public KeyValueStore namespace(String name) {
        return namespaces.computeIfAbsent(name, MemoryStore::new);
    }

    @Override
    public void commit(WriteBatch batch) {
        commitLock.writeLock().lock();
        try {
            for (WriteBatch.Write write : batch.writes()) {
                MemoryStore store = (MemoryStore) namespace(write.namespace());
                if (write instanceof WriteBatch.Write.Put put) {
                    store.entries.put(put.key(), put.value());
                } else {
                    store.entries.remove(write.key());
                }
            }
        } finally {
            commitLock.writeLock().unlock();
        }
        batch.afterCommitActions().forEach(Runnable::run);
    }

    @Override
    public String engineName() {
        return "memory";
    }

    private final class MemoryStore implements KeyValueStore {
        private final String name;
        private final ConcurrentSkipListMap<byte[], byte[]> entries = new ConcurrentSkipListMap<>(ByteKeys::compare);

        private MemoryStore(String name) {
            this.name = name;
        }

        @Override
        public String name() {
            return name;
        }

        @Override
        public Optional<byte[]> get(byte[] key) {
            commitLock.readLock().lock();
            try {
                return Optional.ofNullable(entries.get(key));
            } finally {
                commitLock.readLock().unlock();
            }
        }

        @Override
        public Stream<KeyValue> scan(KeyRange range) {
            ConcurrentNavigableMap<byte[], byte[]> view = entries;
            if (range.start() != null && range.end() != null) {
                view = entries.subMap(range.start(), true, range.end(), false);
            } else if (range.start() != null) {
                view = entries.tailMap(range.start(), true);
            } else if (range.end() != null) {
                view = entries.headMap(range.end(), false);
            }
            if (range.reverse()) {
                view = view.descendingMap();
            }
            return view.entrySet().stream().map(e -> new KeyValue(e.getKey(), e.getValue()));
        }

        @Override
        public void put(byte[] key, byte[] value) {
            commit(new WriteBatch().put(this, key, value));
        }

        @Override
        public void delete(byte[] key) {
            commit(new WriteBatch().delete(this, key));
        }
    }
}
