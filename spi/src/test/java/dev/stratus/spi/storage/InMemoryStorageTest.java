package dev.stratus.spi.storage;

class InMemoryStorageTest extends StorageContract {

    @Override
    protected Storage newEmptyStorage() {
        return new InMemoryStorage();
    }
}
