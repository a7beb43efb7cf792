package dev.stratus.dynamodb.item;

import dev.stratus.dynamodb.api.value.AttributeValue;
import dev.stratus.dynamodb.api.value.ItemSize;
import dev.stratus.dynamodb.key.PrimaryKey;
import dev.stratus.dynamodb.table.Table;
import java.util.Map;
import java.util.Objects;

/**
 * One change to one item, decided holding its {@link ItemLocks} (or its table's write lock) and ready to commit.
 * The item's storage key and the sizes of both items are worked out once here, for the commit, its tallies and
 * stream record, and the consumed capacity.
 *
 * @param storageKey the item's key in storage ({@link ItemStore#itemKey})
 * @param oldItem    the item as it is now, or {@code null} if absent
 * @param newItem    the item as it will be, or {@code null} to delete it
 * @param oldSize    the {@link ItemSize} of {@code oldItem}, 0 when absent
 * @param newSize    the {@link ItemSize} of {@code newItem}, 0 when absent
 */
public record ItemWrite(Table table, PrimaryKey key, byte[] storageKey, Map<String, AttributeValue> oldItem,
                        Map<String, AttributeValue> newItem, long oldSize, long newSize) {

    public ItemWrite {
        Objects.requireNonNull(table, "table");
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(storageKey, "storageKey");
    }

    public ItemWrite(Table table, PrimaryKey key, Map<String, AttributeValue> oldItem,
                     Map<String, AttributeValue> newItem) {
        this(table, key, ItemStore.itemKey(table.definition().id(), key), oldItem, newItem);
    }

    ItemWrite(Table table, PrimaryKey key, byte[] storageKey, Map<String, AttributeValue> oldItem,
              Map<String, AttributeValue> newItem) {
        this(table, key, storageKey, oldItem, newItem, sizeOf(oldItem), sizeOf(newItem));
    }

    /** Whether committing this write would change nothing (an identical put, a delete of nothing). */
    public boolean changesNothing() {
        return oldSize == newSize && Objects.equals(oldItem, newItem);
    }

    private static long sizeOf(Map<String, AttributeValue> item) {
        return item == null ? 0 : ItemSize.of(item);
    }
}
