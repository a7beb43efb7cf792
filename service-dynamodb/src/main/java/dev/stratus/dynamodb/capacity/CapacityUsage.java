package dev.stratus.dynamodb.capacity;

import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;

/**
 * The capacity one request consumed on one table, as the request asked to see it ({@code ConsumedCapacity}).
 *
 * @param write         whether the units are write units (else read units)
 * @param total         the units consumed on the table and its indexes together
 * @param table         the units consumed on the table itself, or {@code null} when not asked for (TOTAL)
 * @param globalIndexes units by global secondary index, empty when none or not asked for
 * @param localIndexes  units by local secondary index, empty when none or not asked for
 */
public record CapacityUsage(String tableName, boolean write, double total, Double table,
                            Map<String, Double> globalIndexes, Map<String, Double> localIndexes) {

    public CapacityUsage {
        globalIndexes = Collections.unmodifiableMap(new TreeMap<>(globalIndexes));
        localIndexes = Collections.unmodifiableMap(new TreeMap<>(localIndexes));
    }
}
