package dev.stratus.dynamodb.item;

import dev.stratus.dynamodb.DynamoDbErrors;
import dev.stratus.dynamodb.api.value.AttributeValue;
import dev.stratus.dynamodb.api.value.ItemSize;
import dev.stratus.dynamodb.key.KeyRules;
import dev.stratus.dynamodb.table.SecondaryIndex;
import dev.stratus.dynamodb.table.TableDefinition;
import java.util.Map;

/** What an item must satisfy before it is written: named attributes, the 400 KB limit, its index keys' types and sizes. */
public final class ItemRules {

    private ItemRules() {
    }

    public static void checkNewItem(TableDefinition table, Map<String, AttributeValue> item) {
        if (item.containsKey("")) {
            throw DynamoDbErrors.emptyAttributeName();
        }
        if (ItemSize.of(item) > ItemSize.MAX_ITEM_BYTES) {
            throw DynamoDbErrors.itemTooLarge();
        }
        for (SecondaryIndex index : table.indexes()) {
            KeyRules.ofIndexEntry(index, item);
            KeyRules.checkIndexKeySizes(index, item);
        }
    }
}
