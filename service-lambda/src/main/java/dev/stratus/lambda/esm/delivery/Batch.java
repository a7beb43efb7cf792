package dev.stratus.lambda.esm.delivery;

import java.util.List;

/**
 * Records delivered in one invocation, in sequence order, all of one shard (and one tumbling window).
 *
 * @param records      the records; empty only for the final invocation of a tumbling window
 * @param finalInvoke  whether this is a tumbling window's final invocation
 */
record Batch(List<PendingRecord> records, boolean finalInvoke) {

    Batch {
        records = List.copyOf(records);
    }

    static Batch of(List<PendingRecord> records) {
        return new Batch(records, false);
    }

    static Batch finalInvocation() {
        return new Batch(List.of(), true);
    }

    int size() {
        return records.size();
    }

    boolean isEmpty() {
        return records.isEmpty();
    }

    PendingRecord first() {
        return records.get(0);
    }

    PendingRecord last() {
        return records.get(records.size() - 1);
    }

    /** The records from {@code index} on. */
    Batch from(int index) {
        return new Batch(records.subList(index, records.size()), finalInvoke);
    }

    /** The records before {@code index}. */
    Batch before(int index) {
        return new Batch(records.subList(0, index), finalInvoke);
    }

    /** The two halves a failing batch is bisected into (the first one is the larger when the size is odd). */
    List<Batch> halves() {
        int middle = (records.size() + 1) / 2;
        return List.of(before(middle), from(middle));
    }
}
