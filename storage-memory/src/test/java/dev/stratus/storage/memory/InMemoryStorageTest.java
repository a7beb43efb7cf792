package dev.stratus.storage.memory;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.stratus.spi.storage.KeyRange;
import dev.stratus.spi.storage.KeyValue;
import dev.stratus.spi.storage.KeyValueStore;
import dev.stratus.spi.storage.Storage;
import dev.stratus.spi.storage.StorageContract;
import dev.stratus.spi.storage.WriteBatch;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class InMemoryStorageTest extends StorageContract {

    @Override
    protected Storage newEmptyStorage() {
        return new InMemoryStorage();
    }

    @Test
    void pointReadsAndScansSeeTheSameEntriesAfterOverwritesAndDeletes() {
        Storage storage = newEmptyStorage();
        KeyValueStore store = storage.namespace("test.items");
        store.put(new byte[] {1, 0}, new byte[] {10});
        store.put(new byte[] {1, 1}, new byte[] {11});

        storage.commit(new WriteBatch().put(store, new byte[] {1, 0}, new byte[] {20})
                .delete(store, new byte[] {1, 1}).put(store, new byte[] {1, 2}, new byte[] {12}));

        assertArrayEquals(new byte[] {20}, store.get(new byte[] {1, 0}).orElseThrow());
        assertTrue(store.get(new byte[] {1, 1}).isEmpty());
        assertArrayEquals(new byte[] {12}, store.get(new byte[] {1, 2}).orElseThrow());
        try (Stream<KeyValue> entries = store.scan(KeyRange.prefix(new byte[] {1}))) {
            List<String> seen = entries.map(entry -> entry.key()[1] + "=" + entry.value()[0]).toList();
            assertEquals(List.of("0=20", "2=12"), seen);
        }
    }
}
