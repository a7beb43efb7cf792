package dev.stratus.dynamodb.capacity;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The capacity one request consumed on one table and its indexes, in AWS's arithmetic: a read unit per 4 KB
 * (rounded up; half for eventually consistent reads), a write unit per 1 KB (rounded up), at least one unit
 * for every read or write of the table.
 */
public final class ConsumedCapacity {

    private static final long READ_UNIT_BYTES = 4096;
    private static final long WRITE_UNIT_BYTES = 1024;

    private final String tableName;
    private final boolean write;
    private double table;
    private final Map<String, Double> globalIndexes = new TreeMap<>();
    private final Map<String, Double> localIndexes = new TreeMap<>();

    private ConsumedCapacity(String tableName, boolean write) {
        this.tableName = tableName;
        this.write = write;
    }

    public static ConsumedCapacity reads(String tableName) {
        return new ConsumedCapacity(tableName, false);
    }

    public static ConsumedCapacity writes(String tableName) {
        return new ConsumedCapacity(tableName, true);
    }

    public static double readUnits(long bytes, boolean consistent) {
        double units = Math.max(1, ceilDiv(bytes, READ_UNIT_BYTES));
        return consistent ? units : units / 2;
    }

    public static double writeUnits(long bytes) {
        return Math.max(1, ceilDiv(bytes, WRITE_UNIT_BYTES));
    }

    public ConsumedCapacity addTable(double units) {
        table += units;
        return this;
    }

    public ConsumedCapacity addIndex(String index, boolean global, double units) {
        (global ? globalIndexes : localIndexes).merge(index, units, Double::sum);
        return this;
    }

    public double total() {
        return table + globalIndexes.values().stream().mapToDouble(Double::doubleValue).sum()
                + localIndexes.values().stream().mapToDouble(Double::doubleValue).sum();
    }

    /** What {@code mode} shows of the capacity consumed, or {@code null} for NONE. */
    public CapacityUsage shown(CapacityMode mode) {
        if (mode == CapacityMode.NONE) {
            return null;
        }
        if (mode == CapacityMode.TOTAL) {
            return new CapacityUsage(tableName, write, total(), null, Map.of(), Map.of());
        }
        return new CapacityUsage(tableName, write, total(), table, globalIndexes, localIndexes);
    }

    /** The capacity of each table as {@code mode} shows it, or {@code null} for NONE. */
    public static List<CapacityUsage> shown(Collection<ConsumedCapacity> consumed, CapacityMode mode) {
        return mode == CapacityMode.NONE ? null : consumed.stream().map(capacity -> capacity.shown(mode)).toList();
    }

    private static long ceilDiv(long bytes, long unit) {
        return (bytes + unit - 1) / unit;
    }
}
