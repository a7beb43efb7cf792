package dev.stratus.dynamodb.api;

import dev.stratus.spi.storage.WriteBatch;

/**
 * Learns of every committed change to DynamoDB items and tables. Bound with
 * {@link DynamoDbBindings#itemChangeListener}; the DynamoDB service never names its listeners.
 *
 * <p>An item change reaches a listener in two steps. {@link #prepare} runs first, beside the table's other
 * writers (the changed items' locks held, so the table's definition and settings stay as they are): the place
 * for a listener's costly work, such as encoding. The {@link Publication} it returns then runs inside the write's
 * commit, while the table's commits are serialised, in the item's write order: it may add its own writes to
 * {@code batch} so that they land atomically with the item, and may register {@link WriteBatch#afterCommit}
 * actions to act once the change is visible. A write that changes nothing is not published. Listeners must be
 * quick and must not call back into DynamoDB.
 */
public interface ItemChangeListener {

    /** What a listener does for a prepared item change inside the commit. */
    @FunctionalInterface
    interface Publication {
        void publish(WriteBatch batch);
    }

    /** The work for {@code change} done ahead of the commit; by default none, all of it in {@link #onItemChange}. */
    default Publication prepare(ItemChange change) {
        return batch -> onItemChange(change, batch);
    }

    /** The whole of a change's publication, inside the commit. */
    void onItemChange(ItemChange change, WriteBatch batch);

    default void onTableChange(TableChange change, WriteBatch batch) {
    }
}
