package dev.stratus.spi.storage;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What every {@link Storage} engine must do. An engine's test extends this class and says how to make an
 * empty engine; the durable engine runs the same tests.
 */
public abstract class StorageContract {

    private Storage storage;

    protected abstract Storage newEmptyStorage();

    @BeforeEach
    void createStorage() {
        storage = newEmptyStorage();
    }

    @Test
    void aPutValueIsReadBack() {
        KeyValueStore store = storage.namespace("test.items");

        store.put(bytes("a"), bytes("1"));

        assertArrayEquals(bytes("1"), store.get(bytes("a")).orElseThrow());
    }

    @Test
    void aDeletedKeyIsGone() {
        KeyValueStore store = storage.namespace("test.items");
        store.put(bytes("a"), bytes("1"));

        store.delete(bytes("a"));

        assertTrue(store.get(bytes("a")).isEmpty());
    }

    @Test
    void theSameNameGivesTheSameNamespace() {
        assertSame(storage.namespace("test.items"), storage.namespace("test.items"));
    }

    @Test
    void namespacesAreSeparate() {
        storage.namespace("one").put(bytes("k"), bytes("1"));

        assertTrue(storage.namespace("two").get(bytes("k")).isEmpty());
    }

    @Test
    void scansReturnKeysInUnsignedByteOrder() {
        KeyValueStore store = storage.namespace("test.order");
        store.put(new byte[] {(byte) 0xFF}, bytes("high"));
        store.put(new byte[] {0x01}, bytes("low"));
        store.put(new byte[] {0x7F}, bytes("middle"));

        assertEquals(List.of("low", "middle", "high"), values(store.scan(KeyRange.all())));
        assertEquals(List.of("high", "middle", "low"), values(store.scan(KeyRange.all().reversed())));
    }

    @Test
    void rangeScansIncludeTheStartAndExcludeTheEnd() {
        KeyValueStore store = storage.namespace("test.range");
        for (String key : List.of("a", "b", "c", "d")) {
            store.put(bytes(key), bytes(key));
        }

        assertEquals(List.of("b", "c"), values(store.scan(new KeyRange(bytes("b"), bytes("d"), false))));
        assertEquals(List.of("c", "b"), values(store.scan(new KeyRange(bytes("b"), bytes("d"), true))));
    }

    @Test
    void prefixScansSeeOnlyKeysWithThePrefix() {
        KeyValueStore store = storage.namespace("test.prefix");
        store.put(bytes("t1/a"), bytes("1"));
        store.put(bytes("t1/b"), bytes("2"));
        store.put(bytes("t2/a"), bytes("3"));

        assertEquals(List.of("1", "2"), values(store.scan(KeyRange.prefix(bytes("t1/")))));
    }

    @Test
    void aBatchAcrossNamespacesIsAppliedWhole() {
        KeyValueStore items = storage.namespace("test.items");
        KeyValueStore records = storage.namespace("test.records");
        items.put(bytes("old"), bytes("x"));

        storage.commit(new WriteBatch().put(items, bytes("new"), bytes("1")).delete(items, bytes("old"))
                .put(records, bytes("r1"), bytes("record")));

        assertTrue(items.get(bytes("old")).isEmpty());
        assertArrayEquals(bytes("1"), items.get(bytes("new")).orElseThrow());
        assertArrayEquals(bytes("record"), records.get(bytes("r1")).orElseThrow());
    }

    @Test
    void laterWritesOfABatchWinOverEarlierOnes() {
        KeyValueStore store = storage.namespace("test.items");

        storage.commit(new WriteBatch().put(store, bytes("k"), bytes("1")).put(store, bytes("k"), bytes("2")));

        assertArrayEquals(bytes("2"), store.get(bytes("k")).orElseThrow());
    }

    @Test
    void afterCommitActionsRunOnceTheBatchIsVisible() {
        KeyValueStore store = storage.namespace("test.items");
        List<Boolean> seen = new ArrayList<>();

        storage.commit(new WriteBatch().put(store, bytes("k"), bytes("1"))
                .afterCommit(() -> seen.add(store.get(bytes("k")).isPresent())));

        assertEquals(List.of(true), seen);
    }

    @Test
    void prefixEndIsTheFirstKeyPastThePrefix() {
        assertArrayEquals(new byte[] {0x01, 0x03}, ByteKeys.prefixEnd(new byte[] {0x01, 0x02}));
        assertArrayEquals(new byte[] {0x02}, ByteKeys.prefixEnd(new byte[] {0x01, (byte) 0xFF}));
        assertEquals(null, ByteKeys.prefixEnd(new byte[] {(byte) 0xFF}));
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private static List<String> values(Stream<KeyValue> entries) {
        try (entries) {
            return entries.map(e -> new String(e.value(), StandardCharsets.UTF_8)).toList();
        }
    }
}
