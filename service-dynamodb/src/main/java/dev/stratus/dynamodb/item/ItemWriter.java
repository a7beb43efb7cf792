package dev.stratus.dynamodb.item;

import dev.stratus.dynamodb.DynamoDbErrors;
import dev.stratus.dynamodb.key.PrimaryKey;
import dev.stratus.dynamodb.table.Table;
import dev.stratus.dynamodb.api.value.AttributeValue;
import dev.stratus.spi.AwsServiceException;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;

/**
 * Writes items atomically: under the write locks of the tables involved it reads the current items, checks
 * conditions, decides the new items and commits them, so racing conditional writers never both succeed.
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
        table.writeLock().lock();
        try {
            if (table.isDeleted()) {
                throw DynamoDbErrors.resourceNotFound();
            }
            if (transactions.holds(table, key)) {
                throw DynamoDbErrors.transactionConflict();
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

    /**
     * Decides and commits writes to several items, possibly of several tables, as one atomic batch: the tables'
     * write locks are taken in storage-id order (so writers of overlapping tables never deadlock) and held while
     * {@code decide} reads the current items and returns the writes. BatchWriteItem uses it; transactions can too.
     *
     * @param decide reads current items (with {@link #current}) and returns the writes, or throws to write nothing
     */
    public List<ItemWrite> writeAll(Collection<Table> tables, Supplier<List<ItemWrite>> decide) {
        List<Table> ordered = tables.stream().distinct()
                .sorted(Comparator.comparingLong(table -> table.definition().id())).toList();
        ordered.forEach(table -> table.writeLock().lock());
        try {
            for (Table table : ordered) {
                if (table.isDeleted()) {
                    throw DynamoDbErrors.resourceNotFound();
                }
            }
            List<ItemWrite> writes = decide.get();
            committer.commit(writes);
            return writes;
        } finally {
            ordered.forEach(table -> table.writeLock().unlock());
        }
    }

    /** The stored item, or {@code null}; call it under the table's write lock to decide a write. */
    public Map<String, AttributeValue> current(Table table, PrimaryKey key) {
        return store.get(table.definition(), key).orElse(null);
    }

    private static AwsServiceException conditionFailed(Map<String, AttributeValue> current, boolean withItem) {
        return withItem && current != null ? DynamoDbErrors.conditionalCheckFailed(current)
                : DynamoDbErrors.conditionalCheckFailed();
    }
}
