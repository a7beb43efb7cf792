package dev.stratus.dynamodb.transaction;

import dev.stratus.dynamodb.DynamoDbErrors;
import dev.stratus.dynamodb.table.Table;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;

/**
 * The write locks of the tables a transaction touches, taken in storage-id order (the order BatchWriteItem uses
 * too, so multi-table writers never deadlock) and released in reverse.
 */
final class TableLocks implements AutoCloseable {

    private final List<Table> tables;

    private TableLocks(List<Table> tables) {
        this.tables = tables;
    }

    /** Locks every table; a table deleted meanwhile is "Requested resource not found". */
    static TableLocks lock(Collection<Table> involved) {
        List<Table> ordered = involved.stream().distinct()
                .sorted(Comparator.comparingLong(table -> table.definition().id())).toList();
        ordered.forEach(table -> table.writeLock().lock());
        TableLocks locks = new TableLocks(ordered);
        if (ordered.stream().anyMatch(Table::isDeleted)) {
            locks.close();
            throw DynamoDbErrors.resourceNotFound();
        }
        return locks;
    }

    @Override
    public void close() {
        for (int i = tables.size() - 1; i >= 0; i--) {
            tables.get(i).writeLock().unlock();
        }
    }
}
