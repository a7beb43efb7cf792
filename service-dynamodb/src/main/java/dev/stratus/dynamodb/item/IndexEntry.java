package dev.stratus.dynamodb.item;

import dev.stratus.dynamodb.api.value.AttributeValue;
import dev.stratus.dynamodb.api.value.ItemSize;
import dev.stratus.dynamodb.key.KeyRules;
import dev.stratus.dynamodb.key.PrimaryKey;
import dev.stratus.dynamodb.table.SecondaryIndex;
import dev.stratus.dynamodb.table.TableDefinition;
import java.util.Arrays;
import java.util.Map;

/** An item's entry in one index: where it is stored and what it holds. */
public record IndexEntry(byte[] storageKey, Map<String, AttributeValue> attributes, long size) {

    public static IndexEntry of(TableDefinition table, SecondaryIndex index, PrimaryKey tableKey,
                         Map<String, AttributeValue> item) {
        if (item == null) {
            return null;
        }
        PrimaryKey indexKey = KeyRules.ofIndexEntry(index, item);
        if (indexKey == null) {
            return null;
        }
        Map<String, AttributeValue> projected = IndexProjection.project(table.keySchema(), index, item);
        return new IndexEntry(ItemStore.indexKey(table.id(), index, indexKey, tableKey), projected,
                ItemSize.of(projected));
    }

    public boolean sameAs(IndexEntry other) {
        return other != null && Arrays.equals(storageKey, other.storageKey) && attributes.equals(other.attributes);
    }
}
