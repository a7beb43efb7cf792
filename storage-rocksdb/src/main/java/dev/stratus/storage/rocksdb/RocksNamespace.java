package dev.stratus.storage.rocksdb;

import dev.stratus.spi.storage.ByteKeys;
import dev.stratus.spi.storage.KeyRange;
import dev.stratus.spi.storage.KeyValue;
import dev.stratus.spi.storage.KeyValueStore;
import dev.stratus.spi.storage.WriteBatch;
import java.util.Optional;
import java.util.stream.Stream;

/** One namespace of a {@link RocksDbStorage}: its keys are stored behind the namespace's prefix. */
final class RocksNamespace implements KeyValueStore {

    private final String name;
    private final byte[] prefix;
    private final RocksDbStorage storage;

    RocksNamespace(String name, byte[] prefix, RocksDbStorage storage) {
        this.name = name;
        this.prefix = prefix;
        this.storage = storage;
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public Optional<byte[]> get(byte[] key) {
        return storage.get(ByteKeys.concat(prefix, key));
    }

    @Override
    public Stream<KeyValue> scan(KeyRange range) {
        return storage.scan(prefix, range);
    }

    @Override
    public void put(byte[] key, byte[] value) {
        storage.commit(new WriteBatch().put(this, key, value));
    }

    @Override
    public void delete(byte[] key) {
        storage.commit(new WriteBatch().delete(this, key));
    }
}
