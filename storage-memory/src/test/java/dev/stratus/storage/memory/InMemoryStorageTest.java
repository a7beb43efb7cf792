package dev.stratus.storage.memory;

import dev.stratus.spi.storage.Storage;
import dev.stratus.spi.storage.StorageContract;

class InMemoryStorageTest extends StorageContract {

    @Override
    protected Storage newEmptyStorage() {
        return new InMemoryStorage();
    }
}
