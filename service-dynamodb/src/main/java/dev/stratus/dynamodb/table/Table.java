package dev.stratus.dynamodb.table;

import java.time.Clock;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.ReentrantLock;

/**
 * A live table: its current definition, the lock that serialises its writes, and its running item statistics.
 *
 * <p>{@link #writeLock()} guards every change to the table's items, index entries and definition: a
 * conditional write reads, decides and commits while holding it, so two racing writers never both win.
 * Reads take no lock; the definition is an immutable snapshot swapped under the lock.
 */
public final class Table {

    private final ReentrantLock writeLock = new ReentrantLock();
    private final Map<Integer, ItemTally> indexTallies = new ConcurrentHashMap<>();
    private final Map<String, Long> indexBackfilledAtMillis = new ConcurrentHashMap<>();
    private final Map<String, DeletingIndex> deletingIndexes = new ConcurrentHashMap<>();
    private volatile ItemTally tally = ItemTally.NONE;
    private volatile TableDefinition definition;
    private volatile boolean deleted;

    Table(TableDefinition definition) {
        this.definition = definition;
    }

    public TableDefinition definition() {
        return definition;
    }

    void replace(TableDefinition newDefinition) {
        this.definition = newDefinition;
    }

    public ReentrantLock writeLock() {
        return writeLock;
    }

    public String name() {
        return definition.name();
    }

    /** CREATING until the activation delay has passed since creation, then ACTIVE. */
    public TableStatus status(Clock clock, Duration activationDelay) {
        if (deleted) {
            return TableStatus.DELETING;
        }
        long activeAt = definition.createdAtMillis() + activationDelay.toMillis();
        return clock.millis() < activeAt ? TableStatus.CREATING : TableStatus.ACTIVE;
    }

    /** CREATING, then BACKFILLING until {@code backfilledAtMillis}, for a global index UpdateTable adds. */
    void backfillIndexUntil(String indexName, long backfilledAtMillis) {
        deletingIndexes.remove(indexName);
        indexBackfilledAtMillis.put(indexName, backfilledAtMillis);
    }

    /** DELETING until {@code deletedAtMillis}, for a global index UpdateTable deletes. */
    void deleteIndexUntil(SecondaryIndex index, long deletedAtMillis) {
        indexBackfilledAtMillis.remove(index.name());
        deletingIndexes.put(index.name(), new DeletingIndex(index, deletedAtMillis));
    }

    /** The global indexes deleted that DescribeTable still shows as DELETING. */
    List<SecondaryIndex> deletingIndexes(Clock clock) {
        long now = clock.millis();
        deletingIndexes.values().removeIf(deleting -> now >= deleting.deletedAtMillis());
        return deletingIndexes.values().stream()
                .sorted(Comparator.comparingInt(deleting -> deleting.index().number()))
                .map(DeletingIndex::index)
                .toList();
    }

    /** Whether the global index of that name is still being backfilled, so not yet readable. */
    public boolean isBackfilling(String indexName, Clock clock) {
        Long backfilledAt = indexBackfilledAtMillis.get(indexName);
        return backfilledAt != null && clock.millis() < backfilledAt;
    }

    void markDeleted() {
        deleted = true;
    }

    public boolean isDeleted() {
        return deleted;
    }

    /** The items and their size DescribeTable shows; set by the write path under the write lock. */
    public ItemTally tally() {
        return tally;
    }

    public void setTally(ItemTally tally) {
        this.tally = tally;
    }

    /** The entries of the index numbered {@code index} and their size; set by the write path under the write lock. */
    public ItemTally indexTally(int index) {
        return indexTallies.getOrDefault(index, ItemTally.NONE);
    }

    public void setIndexTally(int index, ItemTally tally) {
        indexTallies.put(index, tally);
    }

    public long indexItemCount(int index) {
        return indexTally(index).items();
    }

    public long indexSizeBytes(int index) {
        return indexTally(index).bytes();
    }

    public long itemCount() {
        return tally.items();
    }

    public long sizeBytes() {
        return tally.bytes();
    }

    /** The states DescribeTable reports. */
    public enum TableStatus { CREATING, ACTIVE, UPDATING, DELETING }

    /** What DescribeTable reports of a global index: CREATING (not yet backfilling), BACKFILLING, ACTIVE, DELETING. */
    public enum IndexStatus { CREATING, BACKFILLING, ACTIVE, DELETING }

    private record DeletingIndex(SecondaryIndex index, long deletedAtMillis) {
    }
}
