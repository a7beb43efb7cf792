package dev.stratus.gateway;

import dev.stratus.gateway.config.PlatformSettings;
import dev.stratus.spi.StratusSettings;
import dev.stratus.spi.storage.Storage;
import dev.stratus.storage.memory.InMemoryStorage;
import dev.stratus.storage.rocksdb.RocksDbStorage;
import dev.stratus.storage.rocksdb.StorageOpenException;

/** Picks the storage engine: on disk in the data directory when one is set, else in memory. */
final class StorageEngines {

    private StorageEngines() {
    }

    static Storage open(StratusSettings settings) {
        if (settings.dataDir().isEmpty()) {
            return new InMemoryStorage();
        }
        try {
            return RocksDbStorage.open(settings.dataDir().get(), settings.getBoolean(PlatformSettings.FSYNC));
        } catch (StorageOpenException e) {
            throw new StartupException(e.getMessage(), e);
        }
    }

    static void close(Storage storage) {
        if (storage instanceof RocksDbStorage durable) {
            durable.close();
        }
    }
}
