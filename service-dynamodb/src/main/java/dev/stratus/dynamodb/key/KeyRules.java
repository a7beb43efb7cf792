package dev.stratus.dynamodb.key;

import dev.stratus.dynamodb.DynamoDbErrors;
import dev.stratus.dynamodb.api.value.AttributeValue;
import dev.stratus.dynamodb.api.value.ItemSize;
import dev.stratus.dynamodb.table.KeyElement;
import dev.stratus.dynamodb.table.KeySchema;
import dev.stratus.dynamodb.table.SecondaryIndex;
import java.util.Map;

/** Checks key attributes as DynamoDB does: types, emptiness and the key size limits. */
public final class KeyRules {

    static final int MAX_HASH_KEY_BYTES = 2048;
    static final int MAX_RANGE_KEY_BYTES = 1024;

    private KeyRules() {
    }

    /** The key of an item being written (PutItem), refused with AWS's item messages. */
    public static PrimaryKey ofItem(KeySchema schema, Map<String, AttributeValue> item) {
        for (KeyElement element : schema.elements()) {
            AttributeValue value = item.get(element.name());
            if (value == null) {
                throw DynamoDbErrors.missingKeyInItem(element.name());
            }
            if (!value.type().equals(element.type().name())) {
                throw DynamoDbErrors.keyTypeMismatch(element.name(), element.type().name(), value.type());
            }
            checkValue(element, value, schema.isPartitionKey(element));
        }
        return PrimaryKey.of(schema, item);
    }

    /** The key named by a {@code Key} parameter, which must hold exactly the schema's attributes. */
    public static PrimaryKey ofKey(KeySchema schema, Map<String, AttributeValue> key) {
        if (key.size() != schema.elements().size()) {
            throw DynamoDbErrors.keyDoesNotMatchSchema();
        }
        for (KeyElement element : schema.elements()) {
            AttributeValue value = key.get(element.name());
            if (value == null || !value.type().equals(element.type().name())) {
                throw DynamoDbErrors.keyDoesNotMatchSchema();
            }
            checkValue(element, value, schema.isPartitionKey(element));
        }
        return PrimaryKey.of(schema, key);
    }

    /**
     * The key of {@code item} in {@code index}, or {@code null} when the item lacks an index key attribute
     * (sparse index); an index key of the wrong type or empty is refused.
     */
    public static PrimaryKey ofIndexEntry(SecondaryIndex index, Map<String, AttributeValue> item) {
        for (KeyElement element : index.keySchema().elements()) {
            AttributeValue value = item.get(element.name());
            if (value == null) {
                return null;
            }
            if (!value.type().equals(element.type().name())) {
                throw DynamoDbErrors.indexKeyTypeMismatch(element.name(), element.type().name(), value.type(),
                        index.name());
            }
            if (isEmpty(value)) {
                throw DynamoDbErrors.emptyIndexKeyValue(index.name(), element.name());
            }
        }
        return PrimaryKey.of(index.keySchema(), item);
    }

    /**
     * Refuses an item whose index key values exceed the key size limits (2048 bytes for a partition key, 1024 for
     * a sort key); attributes the item lacks are not checked.
     */
    public static void checkIndexKeySizes(SecondaryIndex index, Map<String, AttributeValue> item) {
        for (KeyElement element : index.keySchema().elements()) {
            AttributeValue value = item.get(element.name());
            int max = index.keySchema().isPartitionKey(element) ? MAX_HASH_KEY_BYTES : MAX_RANGE_KEY_BYTES;
            if (value != null && ItemSize.of(value) > max) {
                throw DynamoDbErrors.indexKeyTooLarge(element.name(), ItemSize.of(value), max, index.name());
            }
        }
    }

    private static void checkValue(KeyElement element, AttributeValue value, boolean hash) {
        if (isEmpty(value)) {
            throw DynamoDbErrors.emptyKeyValue(element.name());
        }
        long size = ItemSize.of(value);
        if (hash && size > MAX_HASH_KEY_BYTES) {
            throw DynamoDbErrors.hashKeyTooLarge();
        }
        if (!hash && size > MAX_RANGE_KEY_BYTES) {
            throw DynamoDbErrors.rangeKeyTooLarge();
        }
    }

    private static boolean isEmpty(AttributeValue value) {
        return (value instanceof AttributeValue.S s && s.value().isEmpty())
                || (value instanceof AttributeValue.B b && b.value().length() == 0);
    }
}
