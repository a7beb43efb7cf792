package dev.stratus.dynamodb.item;

import dev.stratus.dynamodb.DynamoDbErrors;
import dev.stratus.dynamodb.api.value.AttributeValue;
import dev.stratus.dynamodb.api.value.ItemSize;
import dev.stratus.dynamodb.key.KeyRules;
import dev.stratus.dynamodb.table.SecondaryIndex;
import dev.stratus.dynamodb.table.TableDefinition;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/**
 * What an item must satisfy before it is written: named attributes of at most 64 KB, the 400 KB limit, its index
 * keys' types and sizes.
 */
public final class ItemRules {

    /** The longest attribute name DynamoDB stores, in UTF-8 bytes. */
    private static final int MAX_NAME_BYTES = 65535;

    private ItemRules() {
    }

    public static void checkNewItem(TableDefinition table, Map<String, AttributeValue> item) {
        if (item.containsKey("")) {
            throw DynamoDbErrors.emptyAttributeName();
        }
        checkNameSizes(item);
        if (ItemSize.of(item) > ItemSize.MAX_ITEM_BYTES) {
            throw DynamoDbErrors.itemTooLarge();
        }
        for (SecondaryIndex index : table.indexes()) {
            KeyRules.ofIndexEntry(index, item);
            KeyRules.checkIndexKeySizes(index, item);
        }
    }

    /** Refuses an attribute name, at any depth, of more than {@value #MAX_NAME_BYTES} bytes in UTF-8. */
    private static void checkNameSizes(Map<String, AttributeValue> attributes) {
        for (Map.Entry<String, AttributeValue> attribute : attributes.entrySet()) {
            String name = attribute.getKey();
            if (name.length() * 3 > MAX_NAME_BYTES && name.getBytes(StandardCharsets.UTF_8).length > MAX_NAME_BYTES) {
                throw DynamoDbErrors.attributeNameTooLarge();
            }
            checkNameSizes(attribute.getValue());
        }
    }

    private static void checkNameSizes(AttributeValue value) {
        if (value instanceof AttributeValue.M map) {
            checkNameSizes(map.values());
        } else if (value instanceof AttributeValue.L list) {
            list.values().forEach(ItemRules::checkNameSizes);
        }
    }
}
