package dev.stratus.dynamodb.table;

import dev.stratus.spi.storage.KeyRange;
import dev.stratus.spi.storage.KeyValue;
import dev.stratus.spi.storage.KeyValueStore;
import dev.stratus.spi.storage.Storage;
import dev.stratus.spi.storage.WriteBatch;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.nio.ByteBuffer;
import java.util.Arrays;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Where a table's data lives: items in {@code dynamodb.items} under the table's 8-byte storage id, index entries
 * in {@code dynamodb.indexes} under the storage id and the index's 4-byte number, and the tallies DescribeTable
 * shows in {@code dynamodb.tallies} under the storage id (the table's) or the storage id and index number (an
 * index's). A tally is written in the same batch as the items it counts, so a start reads it instead of counting.
 */
@Singleton
public final class TableKeyspace {

    private final KeyValueStore items;
    private final KeyValueStore indexes;
    private final KeyValueStore tallies;

    @Inject
    public TableKeyspace(Storage storage) {
        this.items = storage.namespace("dynamodb.items");
        this.indexes = storage.namespace("dynamodb.indexes");
        this.tallies = storage.namespace("dynamodb.tallies");
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

    /** The table's stored tally; empty when nothing was ever written to it. */
    public Optional<ItemTally> tally(long tableId) {
        return tallies.get(itemPrefix(tableId)).map(ItemTally::decode);
    }

    /** The index's stored tally; empty when nothing was ever written to it. */
    public Optional<ItemTally> indexTally(long tableId, int indexNumber) {
        return tallies.get(indexPrefix(tableId, indexNumber)).map(ItemTally::decode);
    }

    public void putTally(long tableId, ItemTally tally, WriteBatch batch) {
        batch.put(tallies, itemPrefix(tableId), tally.encode());
    }

    public void putIndexTally(long tableId, int indexNumber, ItemTally tally, WriteBatch batch) {
        batch.put(tallies, indexPrefix(tableId, indexNumber), tally.encode());
    }

    /** Adds the deletion of every item, index entry and tally of the table to {@code batch}. */
    public void clearTable(long tableId, WriteBatch batch) {
        clear(items, KeyRange.prefix(itemPrefix(tableId)), batch);
        clear(indexes, KeyRange.prefix(itemPrefix(tableId)), batch);
        clear(tallies, KeyRange.prefix(itemPrefix(tableId)), batch);
    }

    /** Adds the deletion of every entry of one index, and of its tally, to {@code batch}. */
    public void clearIndex(long tableId, int indexNumber, WriteBatch batch) {
        clear(indexes, KeyRange.prefix(indexPrefix(tableId, indexNumber)), batch);
        batch.delete(tallies, indexPrefix(tableId, indexNumber));
    }

    /**
     * Adds to {@code batch} a copy of every entry of {@code from} under {@code fromPrefix} into {@code to}, under
     * {@code toPrefix} instead: how a backup takes a table's items and index entries, and how a restore puts them
     * under the new table's storage id.
     */
    public static void copy(KeyValueStore from, byte[] fromPrefix, KeyValueStore to, byte[] toPrefix, WriteBatch batch) {
        try (Stream<KeyValue> entries = from.scan(KeyRange.prefix(fromPrefix))) {
            entries.forEach(entry -> {
                byte[] key = entry.key();
                byte[] copied = Arrays.copyOf(toPrefix, toPrefix.length + key.length - fromPrefix.length);
                System.arraycopy(key, fromPrefix.length, copied, toPrefix.length, key.length - fromPrefix.length);
                batch.put(to, copied, entry.value());
            });
        }
    }

    private static void clear(KeyValueStore store, KeyRange range, WriteBatch batch) {
        try (Stream<KeyValue> entries = store.scan(range)) {
            entries.forEach(entry -> batch.delete(store, entry.key()));
        }
    }
}
