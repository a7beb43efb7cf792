package dev.stratus.events.api;

import java.util.List;

/**
 * The records one read returned.
 *
 * @param records          in partition order
 * @param partitionDrained true when the partition is closed and no record follows these: move on to its children
 */
public record RecordBatch(List<SourceRecord> records, boolean partitionDrained) {

    public RecordBatch {
        records = List.copyOf(records);
    }
}
