package dev.stratus.lambda.esm.delivery;

import java.util.ArrayList;
import java.util.List;

/** Splits a shard's records over ParallelizationFactor lanes so that each item's records stay in one lane, in order. */
final class PartitionLanes {

    private PartitionLanes() {
    }

    static List<List<PendingRecord>> split(List<PendingRecord> records, int lanes) {
        List<List<PendingRecord>> parts = new ArrayList<>(lanes);
        for (int i = 0; i < lanes; i++) {
            parts.add(new ArrayList<>());
        }
        for (PendingRecord record : records) {
            parts.get(laneOf(record.partitionKey(), lanes)).add(record);
        }
        return parts;
    }

    static int laneOf(String partitionKey, int lanes) {
        return Math.floorMod(partitionKey.hashCode(), lanes);
    }
}
