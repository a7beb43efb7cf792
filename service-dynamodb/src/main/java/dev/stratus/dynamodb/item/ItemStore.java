package dev.stratus.dynamodb.item;

import dev.stratus.dynamodb.api.value.AttributeValue;
import dev.stratus.dynamodb.key.PrimaryKey;
import dev.stratus.dynamodb.table.SecondaryIndex;
import dev.stratus.dynamodb.table.TableDefinition;
import dev.stratus.dynamodb.table.TableKeyspace;
import dev.stratus.spi.storage.ByteKeys;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.util.Map;
import java.util.Optional;

/** Reads items, and lays out the storage keys of items and index entries. */
@Singleton
public final class ItemStore {

    private final TableKeyspace keyspace;

    @Inject
    public ItemStore(TableKeyspace keyspace) {
        this.keyspace = keyspace;
    }

    public Optional<Map<String, AttributeValue>> get(TableDefinition table, PrimaryKey key) {
        return keyspace.items().get(itemKey(table.id(), key)).map(ItemEncoding::decode);
    }

    /** The item stored under {@code storageKey} (an {@link #itemKey}), or {@code null}. */
    Map<String, AttributeValue> get(byte[] storageKey) {
        return keyspace.items().get(storageKey).map(ItemEncoding::decode).orElse(null);
    }

    /** The item as stored, for a read: decoded only if its attributes are looked at. */
    public Optional<StoredItem> read(TableDefinition table, PrimaryKey key) {
        return keyspace.items().get(itemKey(table.id(), key)).map(StoredItem::new);
    }

    public static byte[] itemKey(long tableId, PrimaryKey key) {
        return itemKey(tableId, key.encoded());
    }

    /** An item's key from its table's storage id and its {@link PrimaryKey#encoded() encoded} primary key. */
    public static byte[] itemKey(long tableId, byte[] encodedKey) {
        return ByteKeys.concat(TableKeyspace.itemPrefix(tableId), encodedKey);
    }

    /** An index entry's key: the index's prefix, the index key, then the table key that makes it unique. */
    public static byte[] indexKey(long tableId, SecondaryIndex index, PrimaryKey indexKey, PrimaryKey tableKey) {
        return ByteKeys.concat(TableKeyspace.indexPrefix(tableId, index.number()), indexKey.encoded(),
                tableKey.encoded());
    }
}
