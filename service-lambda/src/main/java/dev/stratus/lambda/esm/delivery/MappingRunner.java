package dev.stratus.lambda.esm.delivery;

import dev.stratus.events.api.EventSource;
import dev.stratus.events.api.EventSourceConsumer;
import dev.stratus.events.api.Partition;
import dev.stratus.events.api.Registration;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.RejectedExecutionException;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs one enabled mapping: registers it as a consumer of its event source and keeps one worker per partition
 * (a {@link QueueWorker} for a queue, else a {@link ShardWorker}) that is ready (its parent consumed to the end, so each item's records arrive in order across a
 * shard rollover). A mapping whose source no running service offers stays idle. {@code this} guards
 * {@code source}, {@code stopped}, {@code endedShards} and starting workers.
 */
final class MappingRunner implements EventSourceConsumer {

    private static final Logger LOG = LoggerFactory.getLogger(MappingRunner.class);

    private final DeliveryContext context;
    private final Subscription subscription;
    private final Map<String, PartitionWorker> workers = new ConcurrentHashMap<>();
    private final Set<String> endedShards = new HashSet<>();
    private final Set<CompletableFuture<Void>> running = ConcurrentHashMap.newKeySet();
    private EventSource source;
    private Registration registration;
    private boolean stopped;

    MappingRunner(DeliveryContext context, Subscription subscription) {
        this.context = context;
        this.subscription = subscription;
    }

    Subscription subscription() {
        return subscription;
    }

    synchronized void start() {
        if (stopped) {
            return;
        }
        source = context.sources().owning(subscription.sourceArn()).orElse(null);
        if (source == null) {
            LOG.warn("Event source mapping {} stays idle: no running service offers {}", subscription.mappingUuid(),
                    subscription.sourceArn());
            return;
        }
        registration = source.register(subscription.sourceArn(), this);
        startReadyShards();
    }

    /** Stops every worker; the future completes once their threads are done. */
    CompletableFuture<Void> stop() {
        synchronized (this) {
            stopped = true;
            if (registration != null) {
                registration.close();
            }
        }
        workers.values().forEach(PartitionWorker::stop);
        return CompletableFuture.allOf(running.toArray(CompletableFuture[]::new));
    }

    @Override
    public void recordsAvailable(String sourceArn, String partitionId) {
        PartitionWorker worker = workers.get(partitionId);
        if (worker != null) {
            worker.wake();
        }
    }

    @Override
    public void partitionsChanged(String sourceArn) {
        workers.values().forEach(PartitionWorker::wake);
        refreshLater();
    }

    /** Called by a worker when its shard was consumed to its end: its children may start. */
    void shardEnded(String shardId) {
        synchronized (this) {
            endedShards.add(shardId);
            workers.remove(shardId);
        }
        refreshLater();
    }

    private void refreshLater() {
        try {
            context.executor().execute(this::startReadyShards);
        } catch (RejectedExecutionException e) {
            LOG.debug("Event source mapping {} is shutting down; its shards are not refreshed", subscription.mappingUuid());
        }
    }

    private synchronized void startReadyShards() {
        if (stopped || source == null) {
            return;
        }
        List<Partition> shards;
        try {
            shards = source.partitions(subscription.sourceArn());
        } catch (RuntimeException e) {
            LOG.warn("Event source mapping {} cannot list the shards of {}: {}", subscription.mappingUuid(),
                    subscription.sourceArn(), e.getMessage());
            return;
        }
        Set<String> present = shards.stream().map(Partition::partitionId).collect(Collectors.toSet());
        for (Partition shard : shards) {
            String id = shard.partitionId();
            if (workers.containsKey(id) || endedShards.contains(id)) {
                continue;
            }
            if (context.checkpoints().get(subscription.mappingUuid(), id).map(Checkpoint::shardEnded).orElse(false)) {
                endedShards.add(id);
                continue;
            }
            String parent = shard.parentPartitionId();
            if (parent == null || endedShards.contains(parent) || !present.contains(parent)) {
                startWorker(id);
            }
        }
    }

    private void startWorker(String shardId) {
        PartitionWorker worker = source.consumedOnRead()
                ? new QueueWorker(context, source, subscription, shardId)
                : new ShardWorker(context, source, subscription, shardId, this);
        workers.put(shardId, worker);
        running.add(worker.finished());
        worker.finished().whenComplete((ignored, error) -> running.remove(worker.finished()));
        context.executor().execute(worker);
    }
}
