package dev.stratus.lambda.esm.delivery;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * Cuts records into batches as AWS does: a batch ends when it holds {@code batchSize} records, before the
 * record that would take the payload over the invocation limit, and at a tumbling window's boundary.
 */
final class BatchCutter {

    /** Lambda's synchronous invocation payload limit (6 MB), less room for the event's other fields. */
    static final long MAX_RECORDS_BYTES = 6L * 1024 * 1024 - 4 * 1024;

    private final int batchSize;
    private final long maxRecordsBytes;
    private final Duration tumblingWindow;

    BatchCutter(int batchSize, long maxRecordsBytes, Duration tumblingWindow) {
        this.batchSize = batchSize;
        this.maxRecordsBytes = maxRecordsBytes;
        this.tumblingWindow = tumblingWindow;
    }

    List<Batch> cut(List<PendingRecord> records) {
        List<Batch> batches = new ArrayList<>();
        List<PendingRecord> current = new ArrayList<>();
        long bytes = 0;
        for (PendingRecord record : records) {
            long size = record.json().length + 1L;
            boolean full = current.size() >= batchSize || (!current.isEmpty() && bytes + size > maxRecordsBytes);
            if (full || (!current.isEmpty() && !sameWindow(current.get(0), record))) {
                batches.add(Batch.of(current));
                current = new ArrayList<>();
                bytes = 0;
            }
            current.add(record);
            bytes += size;
        }
        if (!current.isEmpty()) {
            batches.add(Batch.of(current));
        }
        return batches;
    }

    private boolean sameWindow(PendingRecord a, PendingRecord b) {
        return tumblingWindow.isZero()
                || TumblingWindow.startOf(a.createdAt(), tumblingWindow).equals(TumblingWindow.startOf(b.createdAt(), tumblingWindow));
    }
}
