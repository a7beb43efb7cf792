package dev.stratus.dynamodb.item;

import dev.stratus.dynamodb.DynamoDbErrors;
import dev.stratus.dynamodb.api.value.AttributeValue;
import dev.stratus.dynamodb.key.PrimaryKey;
import dev.stratus.dynamodb.table.Table;
import dev.stratus.spi.AwsServiceException;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;

/**
 * Writes items atomically: holding the {@link ItemLocks} of the items involved it reads the current items, checks
 * conditions, decides the new items and commits them, so racing conditional writers of an item never both
 * succeed, while writers of other items of the same table go on beside them.
 */
@Singleton
public final class ItemWriter {

    private final ItemStore store;
    private final ItemCommitter committer;
    private final InFlightTransactions transactions;

    @Inject
    public ItemWriter(ItemStore store, ItemCommitter committer, InFlightTransactions transactions) {
        this.store = store;
        this.committer = committer;
        this.transactions = transactions;
    }

    /**
     * @param condition       whether the write may go ahead, given the current item ({@code null} when absent)
     * @param change          the new item given the current one ({@code null} when absent); {@code null} deletes
     * @param oldItemOnFailure whether a failed condition carries the current item
     */
    public ItemWrite write(Table table, PrimaryKey key, Predicate<Map<String, AttributeValue>> condition,
                           UnaryOperator<Map<String, AttributeValue>> change, boolean oldItemOnFailure) {
        byte[] encodedKey = key.encoded();
        try (ItemLocks locks = ItemLocks.lock(table, encodedKey)) {
            if (transactions.holds(table, key)) {
                throw DynamoDbErrors.transactionConflict();
            }
            byte[] storageKey = ItemStore.itemKey(table.definition().id(), encodedKey);
            Map<String, AttributeValue> current = store.get(storageKey);
            if (!condition.test(current)) {
                throw conditionFailed(current, oldItemOnFailure);
            }
            ItemWrite write = new ItemWrite(table, key, storageKey, current, change.apply(current));
            committer.commit(write);
            return write;
        }
    }

    /**
     * Decides and commits writes to several items, possibly of several tables, as one atomic batch, holding the
     * {@link ItemLocks} of every item while {@code decide} reads the current items and returns the writes.
     * BatchWriteItem uses it.
     *
     * @param decide reads current items (with {@link #current}) and returns the writes, or throws to write nothing
     */
    public List<ItemWrite> writeAll(Collection<ItemLocks.LockedItem> items, Supplier<List<ItemWrite>> decide) {
        try (ItemLocks locks = ItemLocks.lock(items)) {
            List<ItemWrite> writes = decide.get();
            committer.commit(writes);
            return writes;
        }
    }

    /** The stored item, or {@code null}; call it holding the item's {@link ItemLocks} to decide a write. */
    public Map<String, AttributeValue> current(Table table, PrimaryKey key) {
        return store.get(table.definition(), key).orElse(null);
    }

    private static AwsServiceException conditionFailed(Map<String, AttributeValue> current, boolean withItem) {
        return withItem && current != null ? DynamoDbErrors.conditionalCheckFailed(current)
                : DynamoDbErrors.conditionalCheckFailed();
    }
}
