package dev.stratus.lambda.esm.delivery;

import dev.stratus.streams.api.ShardInfo;
import dev.stratus.streams.api.StreamConsumer;
import dev.stratus.streams.api.StreamConsumerRegistry;
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
 * Runs one enabled mapping: registers it as a consumer of its stream and keeps one {@link ShardWorker} per
 * shard that is ready (its parent consumed to the end, so each item's records arrive in order across a
 * rollover). {@code this} guards {@code stopped}, {@code endedShards} and starting workers.
 */
final class MappingRunner implements StreamConsumer {

    private static final Logger LOG = LoggerFactory.getLogger(MappingRunner.class);

    private final DeliveryContext context;
    private final Subscription subscription;
    private final Map<String, ShardWorker> workers = new ConcurrentHashMap<>();
    private final Set<String> endedShards = new HashSet<>();
    private final Set<CompletableFuture<Void>> running = ConcurrentHashMap.newKeySet();
    private StreamConsumerRegistry.Registration registration;
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
        registration = context.registry().register(subscription.streamArn(), this);
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
        workers.values().forEach(ShardWorker::stop);
        return CompletableFuture.allOf(running.toArray(CompletableFuture[]::new));
    }

    @Override
    public void recordsAvailable(String streamArn, String shardId) {
        ShardWorker worker = workers.get(shardId);
        if (worker != null) {
            worker.wake();
        }
    }

    @Override
    public void shardsChanged(String streamArn) {
        workers.values().forEach(ShardWorker::wake);
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
        if (stopped) {
            return;
        }
        List<ShardInfo> shards;
        try {
            shards = context.reader().shards(subscription.streamArn());
        } catch (RuntimeException e) {
            LOG.warn("Event source mapping {} cannot list the shards of {}: {}", subscription.mappingUuid(),
                    subscription.streamArn(), e.getMessage());
            return;
        }
        Set<String> present = shards.stream().map(ShardInfo::shardId).collect(Collectors.toSet());
        for (ShardInfo shard : shards) {
            String id = shard.shardId();
            if (workers.containsKey(id) || endedShards.contains(id)) {
                continue;
            }
            if (context.checkpoints().get(subscription.mappingUuid(), id).map(Checkpoint::shardEnded).orElse(false)) {
                endedShards.add(id);
                continue;
            }
            String parent = shard.parentShardId();
            if (parent == null || endedShards.contains(parent) || !present.contains(parent)) {
                startWorker(id);
            }
        }
    }

    private void startWorker(String shardId) {
        ShardWorker worker = new ShardWorker(context, subscription, shardId, this);
        workers.put(shardId, worker);
        running.add(worker.finished());
        worker.finished().whenComplete((ignored, error) -> running.remove(worker.finished()));
        context.executor().execute(worker);
    }
}
