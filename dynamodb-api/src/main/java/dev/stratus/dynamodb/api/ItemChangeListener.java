package dev.stratus.dynamodb.api;

import dev.stratus.spi.storage.WriteBatch;

/**
 * Learns of every committed change to DynamoDB items and tables. Bound with
 * {@link DynamoDbBindings#itemChangeListener}; the DynamoDB service never names its listeners.
 *
 * <p>Listeners are called inside the write's commit, while the table's writes are serialised, in the item's
 * write order: a listener may add its own writes to {@code batch} so that they land atomically with the item,
 * and may register {@link WriteBatch#afterCommit} actions to act once the change is visible. A write that
 * changes nothing is not published. Listeners must be quick and must not call back into DynamoDB.
 */
public interface ItemChangeListener {

    /**
     * Whether this listener wants the item changes of the named table; a write no listener wants is committed
     * without building its {@link ItemChange}. Asked while the table's item writes hold it, so the answer holds
     * until the change is published.
     */
    default boolean wantsItemChanges(String accountId, String region, String tableName) {
        return true;
    }

    void onItemChange(ItemChange change, WriteBatch batch);

    default void onTableChange(TableChange change, WriteBatch batch) {
    }
}
