package dev.stratus.streams.consumer;

import dev.stratus.streams.api.StreamConsumer;
import dev.stratus.streams.api.StreamConsumerRegistry;
import jakarta.inject.Singleton;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The consumers registered per stream, woken after the commits that change their streams. Wake-ups run on the
 * committing thread, so a consumer that throws is logged and the others still get theirs.
 */
@Singleton
public final class ConsumerRegistry implements StreamConsumerRegistry {

    private static final Logger LOG = LoggerFactory.getLogger(ConsumerRegistry.class);

    private final ConcurrentMap<String, List<StreamConsumer>> consumers = new ConcurrentHashMap<>();

    @Override
    public Registration register(String streamArn, StreamConsumer consumer) {
        Objects.requireNonNull(streamArn, "streamArn");
        Objects.requireNonNull(consumer, "consumer");
        consumers.computeIfAbsent(streamArn, arn -> new CopyOnWriteArrayList<>()).add(consumer);
        return () -> consumers.computeIfPresent(streamArn, (arn, registered) -> {
            registered.remove(consumer);
            return registered.isEmpty() ? null : registered;
        });
    }

    /** New records are readable in the shard. */
    public void recordsAvailable(String streamArn, String shardId) {
        wake(streamArn, consumer -> consumer.recordsAvailable(streamArn, shardId));
    }

    /** A shard of the stream closed or opened, or the stream was disabled. */
    public void shardsChanged(String streamArn) {
        wake(streamArn, consumer -> consumer.shardsChanged(streamArn));
    }

    private void wake(String streamArn, Consumer<StreamConsumer> call) {
        List<StreamConsumer> registered = consumers.get(streamArn);
        if (registered == null) {
            return;
        }
        for (StreamConsumer consumer : registered) {
            try {
                call.accept(consumer);
            } catch (RuntimeException e) {
                LOG.error("Stream consumer {} failed to take a wake-up for {}", consumer, streamArn, e);
            }
        }
    }
}
