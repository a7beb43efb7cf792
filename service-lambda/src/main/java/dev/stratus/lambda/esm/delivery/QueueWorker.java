package dev.stratus.lambda.esm.delivery;

import dev.stratus.events.api.EventSource;
import dev.stratus.events.api.ReadPosition;
import dev.stratus.events.api.SourceRecord;
import dev.stratus.lambda.runtime.InvocationResult;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Delivers a queue to one mapping's function as AWS's SQS poller does: receives messages (filtered-out ones are
 * deleted), gathers a batch until BatchSize, the payload limit or the batching window's end, invokes the
 * function once per batch and deletes what it processed. Lambda never retries: a failed batch's messages (or,
 * with ReportBatchItemFailures, the reported ones) stay in the queue, return after their visibility timeout and
 * reach the dead-letter queue through the queue's redrive policy. Sleeps on its {@link Wakeup} between
 * receives: the queue wakes it when messages arrive or become visible again.
 */
final class QueueWorker extends PartitionWorker {

    private static final Logger LOG = LoggerFactory.getLogger(QueueWorker.class);

    private final DeliveryContext context;
    private final EventSource source;
    private final Subscription subscription;
    private final BatchCutter cutter;

    QueueWorker(DeliveryContext context, EventSource source, Subscription subscription, String partitionId) {
        super(context, partitionId);
        this.context = context;
        this.source = source;
        this.subscription = subscription;
        this.cutter = new BatchCutter(subscription.options().batchSize(), BatchCutter.MAX_RECORDS_BYTES, Duration.ZERO);
    }

    @Override
    public void run() {
        try {
            while (!wakeup.stopped()) {
                List<PendingRecord> received = gather();
                for (Batch batch : cutter.cut(received)) {
                    deliver(batch);
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (RuntimeException e) {
            LOG.error("Event source mapping {} stopped delivering {} after an unexpected failure",
                    subscription.mappingUuid(), subscription.sourceArn(), e);
        } finally {
            finished.complete(null);
        }
    }

    /** Receives until a batch is due; empty when stopped first. */
    private List<PendingRecord> gather() throws InterruptedException {
        DeliveryOptions options = subscription.options();
        List<PendingRecord> buffer = new ArrayList<>();
        long bytes = 0;
        Instant windowEnd = null;
        while (!wakeup.stopped()) {
            List<SourceRecord> read = receive(options.batchSize() - buffer.size());
            List<SourceRecord> filteredOut = new ArrayList<>();
            for (SourceRecord record : read) {
                if (!options.filter().matches(record.event())) {
                    filteredOut.add(record);
                    continue;
                }
                PendingRecord pending = PendingRecord.of(record, context.mapper());
                if (buffer.isEmpty()) {
                    windowEnd = context.clock().instant().plus(options.batchingWindow());
                }
                buffer.add(pending);
                bytes += pending.json().length;
            }
            if (!filteredOut.isEmpty()) {
                source.delete(subscription.sourceArn(), partitionId(), filteredOut);
            }
            if (!buffer.isEmpty() && (buffer.size() >= options.batchSize() || bytes >= BatchCutter.MAX_RECORDS_BYTES
                    || !context.clock().instant().isBefore(windowEnd))) {
                return buffer;
            }
            if (read.isEmpty()) {
                wakeup.await(buffer.isEmpty() ? null : windowEnd);
            }
        }
        return List.of();
    }

    private List<SourceRecord> receive(int limit) {
        try {
            return source.read(subscription.sourceArn(), partitionId(), new ReadPosition.TrimHorizon(), limit).records();
        } catch (IllegalArgumentException e) {
            LOG.warn("Event source mapping {} can no longer receive from {}: {}", subscription.mappingUuid(),
                    subscription.sourceArn(), e.getMessage());
            wakeup.stop();
            return List.of();
        }
    }

    private void deliver(Batch batch) {
        InvocationResult result;
        try {
            result = context.functions().invoke(subscription.functionArn(), EventPayload.records(batch));
        } catch (RuntimeException e) {
            LOG.warn("Event source mapping {} could not invoke {}: {}", subscription.mappingUuid(),
                    subscription.functionArn(), e.toString());
            context.listener().batchFailed(subscription.mappingUuid());
            return;
        }
        FunctionResponse response = FunctionResponse.read(result, batch,
                subscription.options().reportBatchItemFailures(), context.mapper());
        List<SourceRecord> processed = new ArrayList<>();
        if (response instanceof FunctionResponse.Succeeded) {
            batch.records().forEach(record -> processed.add(record.source()));
            context.listener().batchSucceeded(subscription.mappingUuid());
        } else if (response instanceof FunctionResponse.PartiallyFailed partial) {
            for (int i = 0; i < batch.size(); i++) {
                if (!partial.failed().contains(i)) {
                    processed.add(batch.records().get(i).source());
                }
            }
            context.listener().batchFailed(subscription.mappingUuid());
        } else {
            context.listener().batchFailed(subscription.mappingUuid());
        }
        if (!processed.isEmpty()) {
            source.delete(subscription.sourceArn(), partitionId(), processed);
        }
    }
}
