package dev.stratus.lambda.esm.delivery;

import dev.stratus.events.api.EventSource;
import dev.stratus.events.api.ReadPosition;
import dev.stratus.events.api.SourceRecord;
import dev.stratus.lambda.runtime.InvocationResult;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.Semaphore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Delivers a queue to one mapping's function as AWS's SQS pollers do: receives messages (filtered-out ones are
 * deleted), gathers a batch until BatchSize, the payload limit or the batching window's end, invokes the
 * function once per batch and deletes what it processed. Up to MaximumConcurrency batches are delivered at once,
 * each on a thread of the delivery executor; the worker gathers the next one meanwhile. Lambda never retries: a
 * failed batch's messages (or, with ReportBatchItemFailures, the reported ones and the later messages of their
 * message groups, so a group keeps its order) stay in the queue, return after their visibility timeout and reach
 * the dead-letter queue through the queue's redrive policy; until then the queue holds the rest of their FIFO
 * group back. Sleeps on its {@link Wakeup} between receives and while every delivery slot is taken: the queue
 * wakes it when messages arrive or become visible again, a delivery when it ends.
 */
final class QueueWorker extends PartitionWorker {

    private static final Logger LOG = LoggerFactory.getLogger(QueueWorker.class);

    private final DeliveryContext context;
    private final EventSource source;
    private final Subscription subscription;
    private final BatchCutter cutter;
    /** The deliveries that may start before one ends. */
    private final Semaphore slots;
    private final Set<CompletableFuture<Void>> deliveries = ConcurrentHashMap.newKeySet();

    QueueWorker(DeliveryContext context, EventSource source, Subscription subscription, String partitionId) {
        super(context, partitionId);
        this.context = context;
        this.source = source;
        this.subscription = subscription;
        this.cutter = new BatchCutter(subscription.options().batchSize(), BatchCutter.MAX_RECORDS_BYTES, Duration.ZERO);
        this.slots = new Semaphore(subscription.options().maximumConcurrency());
    }

    @Override
    public void run() {
        try {
            while (!wakeup.stopped()) {
                if (!slots.tryAcquire()) {
                    wakeup.await(null);
                    continue;
                }
                List<PendingRecord> received = gather();
                if (received.isEmpty()) {
                    slots.release();
                } else {
                    deliverLater(cutter.cut(received));
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (RuntimeException e) {
            LOG.error("Event source mapping {} stopped delivering {} after an unexpected failure",
                    subscription.mappingUuid(), subscription.sourceArn(), e);
        } finally {
            CompletableFuture.allOf(deliveries.toArray(CompletableFuture[]::new))
                    .whenComplete((ignored, error) -> finished.complete(null));
        }
    }

    /** Delivers the batches on a thread of their own, then frees their slot; the messages return if it cannot start. */
    private void deliverLater(List<Batch> batches) {
        CompletableFuture<Void> delivery = new CompletableFuture<>();
        deliveries.add(delivery);
        Runnable task = () -> {
            try {
                batches.forEach(this::deliver);
            } finally {
                deliveries.remove(delivery);
                slots.release();
                wakeup.signal();
                delivery.complete(null);
            }
        };
        try {
            context.executor().execute(task);
        } catch (RejectedExecutionException e) {
            LOG.debug("Event source mapping {} is shutting down; its received messages return to {}",
                    subscription.mappingUuid(), subscription.sourceArn());
            deliveries.remove(delivery);
            slots.release();
            delivery.complete(null);
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
            Set<String> heldGroups = new HashSet<>();
            for (int i = 0; i < batch.size(); i++) {
                PendingRecord record = batch.records().get(i);
                if (partial.failed().contains(i) || heldGroups.contains(record.partitionKey())) {
                    heldGroups.add(record.partitionKey());
                } else {
                    processed.add(record.source());
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
