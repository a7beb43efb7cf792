package dev.stratus.dynamodb.table;

import java.time.Clock;
import java.time.Duration;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.Lock;
import java.util.concurrent.locks.ReentrantLock;
import java.util.concurrent.locks.ReentrantReadWriteLock;

/**
 * A live table: its current definition, the locks of its writes, and its running item statistics.
 *
 * <p>Three levels of locks, always taken in this order (and, across tables, in storage-id order):
 * <ul>
 *   <li>{@link #writeLock()} excludes every other writer: table-level changes (DeleteTable, UpdateTable,
 *       backfill, restore, expiry sweeps) hold it. Item writers share {@link #itemWritersLock()} instead, so
 *       they run beside each other but never beside a table-level change.</li>
 *   <li>{@link #itemLock} is one of {@value #ITEM_LOCK_STRIPES} locks striped by primary key: a conditional
 *       write reads, decides and commits its item holding its stripe, so two racing writers of one item never
 *       both win, while writers of other items go on.</li>
 *   <li>{@link #commitLock()} is held only while a decided batch is committed: it orders the table's commits,
 *       so the tallies and stream sequence numbers assigned in a commit follow the order commits become
 *       visible.</li>
 * </ul>
 * Reads take no lock; the definition is an immutable snapshot swapped under the write lock.
 */
public final class Table {

    static final int ITEM_LOCK_STRIPES = 256;

    private final ReentrantReadWriteLock tableLock = new ReentrantReadWriteLock();
    private final ReentrantLock[] itemLocks = new ReentrantLock[ITEM_LOCK_STRIPES];
    private final ReentrantLock commitLock = new ReentrantLock();
    private final Map<Integer, ItemTally> indexTallies = new ConcurrentHashMap<>();
    private final Map<String, Long> indexBackfilledAtMillis = new ConcurrentHashMap<>();
    private final Map<String, DeletingIndex> deletingIndexes = new ConcurrentHashMap<>();
    private volatile ItemTally tally = ItemTally.NONE;
    private volatile TableDefinition definition;
    private volatile boolean deleted;

    Table(TableDefinition definition) {
        this.definition = definition;
        for (int i = 0; i < itemLocks.length; i++) {
            itemLocks[i] = new ReentrantLock();
        }
    }

    public TableDefinition definition() {
        return definition;
    }

    void replace(TableDefinition newDefinition) {
        this.definition = newDefinition;
    }

    /** Excludes every other writer of the table, item writers included. */
    public Lock writeLock() {
        return tableLock.writeLock();
    }

    /** Shared by item writers; excludes {@link #writeLock()}. */
    public Lock itemWritersLock() {
        return tableLock.readLock();
    }

    /** The stripe of an item's lock, by the hash of its encoded primary key; lock stripes in ascending order. */
    public static int itemStripe(byte[] encodedKey) {
        int hash = Arrays.hashCode(encodedKey);
        return (hash ^ (hash >>> 16)) & (ITEM_LOCK_STRIPES - 1);
    }

    /** The lock of the items of stripe {@code stripe} (see {@link #itemStripe}). */
    public Lock itemLock(int stripe) {
        return itemLocks[stripe];
    }

    /** Held while a decided batch touching the table is committed. */
    public Lock commitLock() {
        return commitLock;
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

    /** The items and their size DescribeTable shows; set by the write path under the commit lock. */
    public ItemTally tally() {
        return tally;
    }

    public void setTally(ItemTally tally) {
        this.tally = tally;
    }

    /** The entries of the index numbered {@code index} and their size; set by the write path under the commit lock. */
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
