package dev.stratus.lambda.esm.delivery;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.stratus.events.api.EventSource;
import dev.stratus.events.api.Partition;
import dev.stratus.events.api.RecordBatch;
import dev.stratus.lambda.function.FunctionDirectory;
import dev.stratus.spi.time.Scheduler;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs the enabled mappings. Starting a mapping that already runs (an update) first lets the old run's workers
 * finish, so two runs never deliver the same shard at once. Owns the threads of every worker and lane.
 * {@code this} guards {@code runners} and {@code lastRun}.
 */
public final class DeliveryEngine {

    private static final Logger LOG = LoggerFactory.getLogger(DeliveryEngine.class);
    private static final int ANCHOR_READ = 1000;
    private static final Duration SHUTDOWN_GRACE = Duration.ofSeconds(5);

    private final DeliveryContext context;
    private final Map<String, MappingRunner> runners = new HashMap<>();
    private final Map<String, CompletableFuture<Void>> lastRun = new HashMap<>();

    public DeliveryEngine(EventSources sources, FunctionDirectory functions, Checkpoints checkpoints,
                          DeliveryListener listener, Clock clock, ObjectMapper mapper, RetryBackoff backoff,
                          Scheduler scheduler) {
        this.context = new DeliveryContext(sources, functions, checkpoints, listener, clock, mapper, backoff, scheduler,
                Executors.newCachedThreadPool(new WorkerThreads()));
    }

    /** Starts delivering the subscription, replacing the mapping's current run once that has stopped. */
    public synchronized void run(Subscription subscription) {
        CompletableFuture<Void> previous = stopRunner(subscription.mappingUuid());
        MappingRunner runner = new MappingRunner(context, subscription);
        runners.put(subscription.mappingUuid(), runner);
        previous.thenRunAsync(runner::start, context.executor());
    }

    /** Stops the mapping's delivery; the future completes when its workers are done. */
    public synchronized CompletableFuture<Void> stop(String mappingUuid) {
        return stopRunner(mappingUuid);
    }

    /** Whether the mapping is being delivered. */
    public synchronized boolean running(String mappingUuid) {
        return runners.containsKey(mappingUuid);
    }

    /**
     * Makes a new mapping with StartingPosition LATEST start after the records already in the source: each
     * open partition is checkpointed at its newest record, each closed one as consumed.
     *
     * @throws IllegalArgumentException if no running service offers the source
     */
    public void startAtLatest(String mappingUuid, String sourceArn) {
        EventSource source = context.sources().owning(sourceArn)
                .orElseThrow(() -> new IllegalArgumentException("No running service offers " + sourceArn));
        for (Partition partition : source.partitions(sourceArn)) {
            Checkpoint newest = newestOf(source, sourceArn, partition.partitionId());
            context.checkpoints().save(mappingUuid, partition.partitionId(),
                    partition.closed() ? newest.ended() : newest);
        }
    }

    /**
     * How many records of each partition of the source the mapping has not consumed yet, counted up to
     * {@code limit} a partition; empty for a source consumed on read (a queue tells its own backlog) or one no
     * running service offers.
     */
    public List<PartitionLag> lag(String mappingUuid, String sourceArn, int limit) {
        Optional<EventSource> owner = context.sources().owning(sourceArn);
        if (owner.isEmpty() || owner.get().consumedOnRead()) {
            return List.of();
        }
        EventSource source = owner.get();
        List<PartitionLag> lags = new ArrayList<>();
        for (Partition partition : source.partitions(sourceArn)) {
            Checkpoint saved = context.checkpoints().get(mappingUuid, partition.partitionId()).orElse(Checkpoint.START);
            int behind = saved.shardEnded() ? 0 : countAfter(source, sourceArn, partition.partitionId(), saved, limit);
            lags.add(new PartitionLag(partition.partitionId(), partition.parentPartitionId(), saved.sequenceNumber(),
                    behind, behind >= limit));
        }
        return lags;
    }

    private static int countAfter(EventSource source, String sourceArn, String partitionId, Checkpoint from, int limit) {
        int count = 0;
        Checkpoint position = from;
        while (count < limit) {
            RecordBatch read = source.read(sourceArn, partitionId, position.nextPosition(), limit - count);
            if (read.records().isEmpty()) {
                break;
            }
            count += read.records().size();
            position = Checkpoint.after(read.records().get(read.records().size() - 1).sequenceNumber());
        }
        return count;
    }

    /** Forgets the progress of a deleted mapping (call once its delivery has stopped). */
    public void forget(String mappingUuid) {
        context.checkpoints().deleteAll(mappingUuid);
    }

    /** Stops every mapping and the engine's threads. */
    public void shutdown() {
        CompletableFuture<?>[] stopping;
        synchronized (this) {
            stopping = List.copyOf(runners.keySet()).stream().map(this::stopRunner).toArray(CompletableFuture[]::new);
        }
        try {
            CompletableFuture.allOf(stopping).get(SHUTDOWN_GRACE.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (TimeoutException e) {
            LOG.info("Event source mapping workers still busy after {}; interrupting them", SHUTDOWN_GRACE);
        } catch (ExecutionException e) {
            LOG.warn("An event source mapping worker failed while stopping", e.getCause());
        }
        context.executor().shutdownNow();
    }

    private CompletableFuture<Void> stopRunner(String mappingUuid) {
        MappingRunner runner = runners.remove(mappingUuid);
        CompletableFuture<Void> previous = lastRun.getOrDefault(mappingUuid, CompletableFuture.completedFuture(null));
        CompletableFuture<Void> done = runner == null ? previous : CompletableFuture.allOf(previous, runner.stop());
        lastRun.put(mappingUuid, done);
        done.thenRun(() -> forgetIfIdle(mappingUuid, done));
        return done;
    }

    private synchronized void forgetIfIdle(String mappingUuid, CompletableFuture<Void> done) {
        lastRun.remove(mappingUuid, done);
    }

    private Checkpoint newestOf(EventSource source, String sourceArn, String partitionId) {
        Checkpoint newest = Checkpoint.START;
        while (true) {
            RecordBatch read = source.read(sourceArn, partitionId, newest.nextPosition(), ANCHOR_READ);
            if (read.records().isEmpty()) {
                return newest;
            }
            newest = Checkpoint.after(read.records().get(read.records().size() - 1).sequenceNumber());
        }
    }

    /** Names the engine's threads and keeps them from holding the JVM open. */
    private static final class WorkerThreads implements ThreadFactory {
        private final AtomicInteger count = new AtomicInteger();

        @Override
        public Thread newThread(Runnable task) {
            Thread thread = new Thread(task, "lambda-esm-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        }
    }
}
