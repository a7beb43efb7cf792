package dev.stratus.dynamodb.table;

import dev.stratus.dynamodb.StoredRecords;
import dev.stratus.spi.storage.KeyRange;
import dev.stratus.spi.storage.KeyValue;
import dev.stratus.spi.storage.KeyValueStore;
import dev.stratus.spi.storage.Storage;
import dev.stratus.spi.storage.WriteBatch;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Settings kept beside a table's definition by the operation groups that own them (point-in-time recovery,
 * resource policies, contributor insights), stored as records in {@code dynamodb.table-attachments} under the
 * table's UUID and the attachment's name: a table created again under the same name starts without them, and
 * deleting a table deletes them with it.
 */
@Singleton
public final class TableAttachments {

    private final Storage storage;
    private final KeyValueStore store;
    private final StoredRecords records;

    @Inject
    public TableAttachments(Storage storage, StoredRecords records) {
        this.storage = storage;
        this.store = storage.namespace("dynamodb.table-attachments");
        this.records = records;
    }

    public <T> Optional<T> get(TableDefinition table, String name, Class<T> type) {
        return store.get(key(table.tableId(), name)).map(bytes -> records.read(bytes, type));
    }

    /** Stores the attachment's new value; the caller holds the table's write lock. */
    public void put(TableDefinition table, String name, Object value) {
        WriteBatch batch = new WriteBatch();
        batch.put(store, key(table.tableId(), name), records.write(value));
        storage.commit(batch);
    }

    /** Deletes the attachment; the caller holds the table's write lock. */
    public void remove(TableDefinition table, String name) {
        WriteBatch batch = new WriteBatch();
        batch.delete(store, key(table.tableId(), name));
        storage.commit(batch);
    }

    /** Adds the deletion of every attachment of the table to {@code batch}. */
    void clear(TableDefinition table, WriteBatch batch) {
        try (Stream<KeyValue> entries = store.scan(KeyRange.prefix(key(table.tableId(), "")))) {
            entries.forEach(entry -> batch.delete(store, entry.key()));
        }
    }

    private static byte[] key(String tableId, String name) {
        return (tableId + '\0' + name).getBytes(StandardCharsets.UTF_8);
    }
}
