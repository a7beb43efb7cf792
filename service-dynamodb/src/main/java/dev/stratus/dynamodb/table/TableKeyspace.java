package dev.stratus.dynamodb.table;

import dev.stratus.spi.storage.KeyRange;
import dev.stratus.spi.storage.KeyValue;
import dev.stratus.spi.storage.KeyValueStore;
import dev.stratus.spi.storage.Storage;
import dev.stratus.spi.storage.WriteBatch;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.nio.ByteBuffer;
import java.util.stream.Stream;

/**
 * Where a table's data lives: items in {@code dynamodb.items} under the table's 8-byte storage id, index entries
 * in {@code dynamodb.indexes} under the storage id and the index's 4-byte number.
 */
@Singleton
public final class TableKeyspace {

    private final KeyValueStore items;
    private final KeyValueStore indexes;

    @Inject
    public TableKeyspace(Storage storage) {
        this.items = storage.namespace("dynamodb.items");
        this.indexes = storage.namespace("dynamodb.indexes");
    }

    public KeyValueStore items() {
        return items;
    }

    public KeyValueStore indexes() {
        return indexes;
    }

    public static byte[] itemPrefix(long tableId) {
        return ByteBuffer.allocate(Long.BYTES).putLong(tableId).array();
    }

    public static byte[] indexPrefix(long tableId, int indexNumber) {
        return ByteBuffer.allocate(Long.BYTES + Integer.BYTES).putLong(tableId).putInt(indexNumber).array();
    }

    /** Adds the deletion of every item and index entry of the table to {@code batch}. */
    public void clearTable(long tableId, WriteBatch batch) {
        clear(items, KeyRange.prefix(itemPrefix(tableId)), batch);
        clear(indexes, KeyRange.prefix(itemPrefix(tableId)), batch);
    }

    /** Adds the deletion of every entry of one index to {@code batch}. */
    public void clearIndex(long tableId, int indexNumber, WriteBatch batch) {
        clear(indexes, KeyRange.prefix(indexPrefix(tableId, indexNumber)), batch);
    }

    private static void clear(KeyValueStore store, KeyRange range, WriteBatch batch) {
        try (Stream<KeyValue> entries = store.scan(range)) {
            entries.forEach(entry -> batch.delete(store, entry.key()));
        }
    }
}
