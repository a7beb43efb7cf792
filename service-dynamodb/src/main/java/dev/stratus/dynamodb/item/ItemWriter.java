package dev.stratus.dynamodb.item;

import dev.stratus.dynamodb.DynamoDbErrors;
import dev.stratus.dynamodb.key.PrimaryKey;
import dev.stratus.dynamodb.table.Table;
import dev.stratus.dynamodb.value.AttributeValue;
import dev.stratus.dynamodb.value.AttributeValueCodec;
import dev.stratus.spi.AwsServiceException;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import java.util.function.UnaryOperator;

/**
 * Writes one item atomically: under the table's write lock it reads the current item, checks the condition,
 * decides the new item and commits it, so racing conditional writers never both succeed.
 */
@Singleton
public final class ItemWriter {

    private final ItemStore store;
    private final ItemCommitter committer;

    @Inject
    public ItemWriter(ItemStore store, ItemCommitter committer) {
        this.store = store;
        this.committer = committer;
    }

    /**
     * @param condition       whether the write may go ahead, given the current item ({@code null} when absent)
     * @param change          the new item given the current one ({@code null} when absent); {@code null} deletes
     * @param oldItemOnFailure whether a failed condition carries the current item
     */
    public ItemWrite write(Table table, PrimaryKey key, Predicate<Map<String, AttributeValue>> condition,
                           UnaryOperator<Map<String, AttributeValue>> change, boolean oldItemOnFailure) {
        table.writeLock().lock();
        try {
            if (table.isDeleted()) {
                throw DynamoDbErrors.resourceNotFound();
            }
            Map<String, AttributeValue> current = store.get(table.definition(), key).orElse(null);
            if (!condition.test(current)) {
                throw conditionFailed(current, oldItemOnFailure);
            }
            ItemWrite write = new ItemWrite(table, key, current, change.apply(current));
            committer.commit(List.of(write));
            return write;
        } finally {
            table.writeLock().unlock();
        }
    }

    private static AwsServiceException conditionFailed(Map<String, AttributeValue> current, boolean withItem) {
        AwsServiceException failure = DynamoDbErrors.conditionalCheckFailed();
        return withItem && current != null ? failure.withField("Item", AttributeValueCodec.encodeItem(current)) : failure;
    }
}
