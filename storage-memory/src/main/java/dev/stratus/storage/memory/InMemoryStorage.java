package dev.stratus.storage.memory;

import dev.stratus.spi.storage.ByteKeys;
import dev.stratus.spi.storage.KeyRange;
import dev.stratus.spi.storage.KeyValue;
import dev.stratus.spi.storage.KeyValueStore;
import dev.stratus.spi.storage.Storage;
import dev.stratus.spi.storage.WriteBatch;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentNavigableMap;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.concurrent.locks.StampedLock;
import java.util.stream.Stream;

/**
 * The default engine: sorted maps in memory.
 *
 * <p>{@code commitLock} keeps point reads atomic without making them write to shared memory: a commit holds it
 * exclusively while applying its writes (so commits are serialised), and a point read reads optimistically,
 * then checks that no commit started or ran meanwhile, and otherwise reads again holding the lock shared. A
 * read thus never sees half a batch, and once it sees a batch every later read sees all of it. Scans are
 * weakly consistent: they may or may not see a batch committed while they run.
 */
public final class InMemoryStorage implements Storage {

    private final Map<String, MemoryStore> namespaces = new ConcurrentHashMap<>();
    private final StampedLock commitLock = new StampedLock();

    @Override
    public KeyValueStore namespace(String name) {
        return namespaces.computeIfAbsent(name, MemoryStore::new);
    }

    @Override
    public void commit(WriteBatch batch) {
        List<WriteBatch.Write> writes = batch.writes();
        MemoryStore[] stores = new MemoryStore[writes.size()];
        for (int i = 0; i < stores.length; i++) {
            stores[i] = (MemoryStore) namespace(writes.get(i).namespace());
        }
        long stamp = commitLock.writeLock();
        try {
            for (int i = 0; i < stores.length; i++) {
                WriteBatch.Write write = writes.get(i);
                if (write instanceof WriteBatch.Write.Put put) {
                    stores[i].entries.put(put.key(), put.value());
                } else {
                    stores[i].entries.remove(write.key());
                }
            }
        } finally {
            commitLock.unlockWrite(stamp);
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
            long stamp = commitLock.tryOptimisticRead();
            if (stamp != 0) {
                byte[] value = entries.get(key);
                if (commitLock.validate(stamp)) {
                    return Optional.ofNullable(value);
                }
            }
            stamp = commitLock.readLock();
            try {
                return Optional.ofNullable(entries.get(key));
            } finally {
                commitLock.unlockRead(stamp);
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
