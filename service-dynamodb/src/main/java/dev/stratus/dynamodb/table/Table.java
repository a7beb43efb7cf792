package dev.stratus.dynamodb.table;

import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
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
    private final AtomicLong itemCount = new AtomicLong();
    private final AtomicLong sizeBytes = new AtomicLong();
    private final Map<Integer, long[]> indexStatistics = new ConcurrentHashMap<>();
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

    void markDeleted() {
        deleted = true;
    }

    public boolean isDeleted() {
        return deleted;
    }

    /** Adjusts the item statistics DescribeTable shows; called by the write path under the write lock. */
    public void countChange(long itemDelta, long sizeDelta) {
        itemCount.addAndGet(itemDelta);
        sizeBytes.addAndGet(sizeDelta);
    }

    /** Adjusts the statistics of the index numbered {@code index}; called by the write path under the write lock. */
    public void countIndexChange(int index, long itemDelta, long sizeDelta) {
        long[] statistics = indexStatistics.computeIfAbsent(index, number -> new long[2]);
        statistics[0] += itemDelta;
        statistics[1] += sizeDelta;
    }

    public long indexItemCount(int index) {
        long[] statistics = indexStatistics.get(index);
        return statistics == null ? 0 : statistics[0];
    }

    public long indexSizeBytes(int index) {
        long[] statistics = indexStatistics.get(index);
        return statistics == null ? 0 : statistics[1];
    }

    public long itemCount() {
        return itemCount.get();
    }

    public long sizeBytes() {
        return sizeBytes.get();
    }

    /** The states DescribeTable reports. */
    public enum TableStatus { CREATING, ACTIVE, UPDATING, DELETING }
}
