package dev.stratus.lambda.esm.delivery;

import dev.stratus.events.api.EventSource;
import dev.stratus.events.api.RecordBatch;
import dev.stratus.events.api.SourceRecord;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Delivers one partition of a source (a stream's shard) to one mapping's function: reads from the checkpoint,
 * filters, gathers a batch (until BatchSize, the batching window's end or the payload limit), hands it to its
 * lanes, then checkpoints and acknowledges what it consumed. Sleeps on its {@link Wakeup} between records: the
 * source's notifications wake it, nothing polls.
 */
final class ShardWorker extends PartitionWorker {

    private static final Logger LOG = LoggerFactory.getLogger(ShardWorker.class);
    private static final int MAX_READ = 1000;

    private final DeliveryContext context;
    private final EventSource source;
    private final Subscription subscription;
    private final String shardId;
    private final MappingRunner runner;
    private final List<Lane> lanes = new ArrayList<>();

    private final List<PendingRecord> buffer = new ArrayList<>();
    private long bufferedBytes;
    private Instant batchingWindowEnd;
    private Checkpoint saved;
    private String consumedUpTo;

    ShardWorker(DeliveryContext context, EventSource source, Subscription subscription, String shardId,
                MappingRunner runner) {
        super(context, shardId);
        this.context = context;
        this.source = source;
        this.subscription = subscription;
        this.shardId = shardId;
        this.runner = runner;
        for (int i = 0; i < subscription.options().parallelizationFactor(); i++) {
            lanes.add(new Lane(context, source, subscription, shardId, wakeup));
        }
    }

    @Override
    public void run() {
        try {
            saved = context.checkpoints().get(subscription.mappingUuid(), shardId).orElse(Checkpoint.START);
            consumedUpTo = saved.sequenceNumber();
            if (!saved.shardEnded() && deliverUntilShardEnds()) {
                checkpoint(new Checkpoint(consumedUpTo, true));
            }
            if (saved.shardEnded()) {
                runner.shardEnded(shardId);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (RuntimeException e) {
            LOG.error("Event source mapping {} stopped delivering shard {} of {} after an unexpected failure",
                    subscription.mappingUuid(), shardId, subscription.sourceArn(), e);
        } finally {
            finished.complete(null);
        }
    }

    /** Returns true when every record of the (closed) shard was consumed, false when stopped. */
    private boolean deliverUntilShardEnds() throws InterruptedException {
        DeliveryOptions options = subscription.options();
        int target = options.batchSize() * options.parallelizationFactor();
        while (!wakeup.stopped()) {
            boolean drained = fill(target);
            if (!buffer.isEmpty() && (drained || bufferFull(target) || batchingWindowOver())) {
                if (!deliverBuffer()) {
                    return false;
                }
                continue;
            }
            if (buffer.isEmpty() && !Objects.equals(consumedUpTo, saved.sequenceNumber())) {
                checkpoint(Checkpoint.after(consumedUpTo));
            }
            for (Lane lane : lanes) {
                if (!lane.closeWindow(drained)) {
                    return false;
                }
            }
            if (drained && buffer.isEmpty()) {
                return true;
            }
            wakeup.await(nextDeadline());
        }
        return false;
    }

    /** Reads until the buffer holds {@code target} records or the shard has no more; true if the shard is drained. */
    private boolean fill(int target) {
        while (buffer.size() < target) {
            int limit = Math.min(MAX_READ, Math.max(target - buffer.size(), 1));
            RecordBatch read;
            try {
                read = source.read(subscription.sourceArn(), shardId,
                        new Checkpoint(consumedUpTo, false).nextPosition(), limit);
            } catch (IllegalArgumentException e) {
                LOG.warn("Event source mapping {} can no longer read shard {} of {}: {}", subscription.mappingUuid(),
                        shardId, subscription.sourceArn(), e.getMessage());
                return true;
            }
            for (SourceRecord record : read.records()) {
                consumedUpTo = record.sequenceNumber();
                if (subscription.options().filter().matches(record.event())) {
                    PendingRecord pending = PendingRecord.of(record, context.mapper());
                    if (buffer.isEmpty()) {
                        batchingWindowEnd = pending.createdAt().plus(subscription.options().batchingWindow());
                    }
                    buffer.add(pending);
                    bufferedBytes += pending.json().length;
                }
            }
            if (read.partitionDrained()) {
                return true;
            }
            if (read.records().isEmpty()) {
                return false;
            }
        }
        return false;
    }

    private boolean bufferFull(int target) {
        return buffer.size() >= target
                || bufferedBytes >= BatchCutter.MAX_RECORDS_BYTES * subscription.options().parallelizationFactor();
    }

    private boolean batchingWindowOver() {
        return !context.clock().instant().isBefore(batchingWindowEnd);
    }

    private boolean deliverBuffer() throws InterruptedException {
        List<PendingRecord> records = List.copyOf(buffer);
        buffer.clear();
        bufferedBytes = 0;
        String deliveredUpTo = consumedUpTo;
        if (!deliverToLanes(records)) {
            return false;
        }
        checkpoint(Checkpoint.after(deliveredUpTo));
        return true;
    }

    private boolean deliverToLanes(List<PendingRecord> records) throws InterruptedException {
        if (lanes.size() == 1) {
            return lanes.get(0).deliver(records);
        }
        List<List<PendingRecord>> parts = PartitionLanes.split(records, lanes.size());
        List<Future<Boolean>> running = new ArrayList<>();
        for (int i = 0; i < parts.size(); i++) {
            Lane lane = lanes.get(i);
            List<PendingRecord> part = parts.get(i);
            if (!part.isEmpty()) {
                running.add(context.executor().submit(() -> lane.deliver(part)));
            }
        }
        boolean all = true;
        for (Future<Boolean> lane : running) {
            try {
                all &= lane.get();
            } catch (ExecutionException e) {
                throw new IllegalStateException("A lane of shard " + shardId + " failed", e.getCause());
            }
        }
        return all;
    }

    /** The earliest clock time at which a batch or a tumbling window falls due; {@code null}: none. */
    private Instant nextDeadline() {
        Instant deadline = buffer.isEmpty() ? null : batchingWindowEnd;
        for (Lane lane : lanes) {
            Instant end = lane.windowEnd().orElse(null);
            if (end != null && (deadline == null || end.isBefore(deadline))) {
                deadline = end;
            }
        }
        return deadline;
    }

    private void checkpoint(Checkpoint checkpoint) {
        context.checkpoints().save(subscription.mappingUuid(), shardId, checkpoint);
        saved = checkpoint;
        context.listener().checkpointed(subscription.mappingUuid());
        if (checkpoint.sequenceNumber() != null) {
            source.acknowledge(subscription.sourceArn(), shardId, checkpoint.sequenceNumber());
        }
    }
}
