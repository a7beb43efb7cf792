package dev.stratus.dynamodb.item;

import dev.stratus.dynamodb.api.value.AttributeValue;
import dev.stratus.dynamodb.key.PrimaryKey;
import dev.stratus.dynamodb.table.Table;
import java.util.Map;
import java.util.Objects;

/**
 * One change to one item, decided holding its {@link ItemLocks} (or its table's write lock) and ready to commit.
 *
 * @param oldItem the item as it is now, or {@code null} if absent
 * @param newItem the item as it will be, or {@code null} to delete it
 */
public record ItemWrite(Table table, PrimaryKey key, Map<String, AttributeValue> oldItem,
                        Map<String, AttributeValue> newItem) {

    public ItemWrite {
        Objects.requireNonNull(table, "table");
        Objects.requireNonNull(key, "key");
    }

    /** Whether committing this write would change nothing (an identical put, a delete of nothing). */
    public boolean changesNothing() {
        return Objects.equals(oldItem, newItem);
    }
}
