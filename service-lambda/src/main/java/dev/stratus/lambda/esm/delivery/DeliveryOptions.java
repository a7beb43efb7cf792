package dev.stratus.lambda.esm.delivery;

import dev.stratus.lambda.esm.filter.RecordFilter;
import java.time.Duration;
import java.util.Objects;

/**
 * How a mapping delivers records, as its parameters say.
 *
 * @param batchSize               most records per invocation
 * @param batchingWindow          how long to wait to fill a batch ({@link Duration#ZERO}: deliver at once)
 * @param parallelizationFactor   concurrent batches per shard
 * @param maximumRetryAttempts    retries of a failing batch, {@code -1} for as long as the records live
 * @param maximumRecordAge        records older than this are not processed, {@code null} for no limit
 * @param bisectOnError           split a failing batch in two before retrying
 * @param tumblingWindow          the tumbling window's length ({@link Duration#ZERO}: none)
 * @param reportBatchItemFailures whether the function's {@code batchItemFailures} are honoured
 * @param maximumConcurrency      most batches of a queue delivered at once
 * @param filter                  which records are delivered
 */
public record DeliveryOptions(
        int batchSize,
        Duration batchingWindow,
        int parallelizationFactor,
        int maximumRetryAttempts,
        Duration maximumRecordAge,
        boolean bisectOnError,
        Duration tumblingWindow,
        boolean reportBatchItemFailures,
        int maximumConcurrency,
        RecordFilter filter) {

    public DeliveryOptions {
        Objects.requireNonNull(batchingWindow, "batchingWindow");
        Objects.requireNonNull(tumblingWindow, "tumblingWindow");
        Objects.requireNonNull(filter, "filter");
    }

    boolean retriesExhausted(int retries) {
        return maximumRetryAttempts >= 0 && retries >= maximumRetryAttempts;
    }

    boolean tumbling() {
        return !tumblingWindow.isZero();
    }
}
