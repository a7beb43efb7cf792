package dev.stratus.storage.rocksdb;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.stratus.spi.storage.KeyValueStore;
import dev.stratus.spi.storage.Storage;
import dev.stratus.spi.storage.StorageContract;
import dev.stratus.spi.storage.WriteBatch;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RocksDbStorageTest extends StorageContract {

    @TempDir
    Path dataDir;
    private final List<RocksDbStorage> opened = new ArrayList<>();

    @Override
    protected Storage newEmptyStorage() {
        return open(dataDir.resolve("contract"));
    }

    @AfterEach
    void closeAll() {
        opened.forEach(RocksDbStorage::close);
    }

    @Test
    void committedWritesSurviveARestart() {
        Path dir = dataDir.resolve("restart");
        RocksDbStorage first = open(dir);
        KeyValueStore items = first.namespace("test.items");
        first.commit(new WriteBatch().put(items, bytes("k"), bytes("v")).put(first.namespace("test.records"), bytes("r"), bytes("1")));
        first.close();
        opened.remove(first);

        RocksDbStorage second = open(dir);

        assertArrayEquals(bytes("v"), second.namespace("test.items").get(bytes("k")).orElseThrow());
        assertArrayEquals(bytes("1"), second.namespace("test.records").get(bytes("r")).orElseThrow());
    }

    @Test
    void aSecondOwnerIsRefusedNamingTheDirectoryAndTheProcess() {
        Path dir = dataDir.resolve("owned");
        open(dir);

        StorageOpenException error = assertThrows(StorageOpenException.class, () -> RocksDbStorage.open(dir, false));

        assertTrue(error.getMessage().contains(dir.toString()), error.getMessage());
        assertTrue(error.getMessage().contains("process " + ProcessHandle.current().pid()), error.getMessage());
    }

    @Test
    void aDirectoryOfANewerFormatIsRefused() throws IOException {
        Path dir = Files.createDirectories(dataDir.resolve("newer"));
        Files.writeString(dir.resolve("FORMAT"), "stratus-storage-format=99\n");

        StorageOpenException error = assertThrows(StorageOpenException.class, () -> RocksDbStorage.open(dir, false));

        assertEquals("The data directory " + dir + " was written by a newer Stratus (storage format 99; this one reads format 1).",
                error.getMessage());
    }

    private RocksDbStorage open(Path dir) {
        RocksDbStorage storage = RocksDbStorage.open(dir, false);
        opened.add(storage);
        return storage;
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
