package dev.stratus.dynamodb.item;

import dev.stratus.dynamodb.api.value.AttributeValue;

/**
 * AWS's estimate of the size of the item collection a write touched: the partition of the written item, whose
 * size DynamoDB gives as the range 0 to 1 GB.
 */
public record ItemCollectionMetrics(String hashKeyName, AttributeValue hashKeyValue) {

    public static ItemCollectionMetrics of(ItemWrite write) {
        return new ItemCollectionMetrics(write.table().definition().keySchema().hash().name(), write.key().hash());
    }

    /** The metrics of a write when asked for and the table has local indexes (item collections), else {@code null}. */
    public static ItemCollectionMetrics ofWrite(ItemWrite write, boolean asked) {
        return asked && !write.table().definition().localIndexes().isEmpty() ? of(write) : null;
    }
}
