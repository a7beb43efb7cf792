package dev.stratus.streams.consumer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.stratus.dynamodb.api.ChangeType;
import dev.stratus.dynamodb.api.ItemChange;
import dev.stratus.spi.storage.WriteBatch;
import dev.stratus.streams.StreamsHarness;
import dev.stratus.streams.api.ShardPosition;
import dev.stratus.streams.api.StreamConsumer;
import dev.stratus.streams.api.StreamConsumerRegistry;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;

class ConsumerRegistryTest {

    private final StreamsHarness streams = new StreamsHarness();
    private final String arn = streams.createTable("Orders", "KEYS_ONLY");
    private final RecordingConsumer consumer = new RecordingConsumer();

    @Test
    void aConsumerIsWokenOnceTheRecordIsCommittedAndReadable() {
        streams.consumers.register(arn, consumer);
        WriteBatch batch = new WriteBatch();
        streams.listener.onItemChange(new ItemChange(StreamsHarness.ACCOUNT, StreamsHarness.REGION, "Orders",
                ChangeType.INSERT, streams.item("a", "v"), null, streams.item("a", "v"), 10, 0, 30,
                streams.clock.instant(), null), batch);
        assertEquals(List.of(), consumer.wakeUps);

        streams.storage.commit(batch);

        String shardId = streams.reader.shards(arn).get(0).shardId();
        assertEquals(List.of("records " + shardId), consumer.wakeUps);
        assertEquals(1, consumer.recordsSeenAtWakeUp.get(0));
    }

    @Test
    void aConsumerHearsOfShardChangesAndOfTheStreamBeingDisabled() {
        streams.consumers.register(arn, consumer);

        streams.clock.advance(Duration.ofHours(4));
        streams.maintenance.tick();
        streams.disableStream("Orders", arn);

        assertEquals(List.of("shards", "shards"), consumer.wakeUps);
    }

    @Test
    void aClosedRegistrationWakesNoMore() {
        StreamConsumerRegistry.Registration registration = streams.consumers.register(arn, consumer);
        streams.insert("Orders", "a", "v");

        registration.close();
        streams.insert("Orders", "b", "v");

        assertEquals(1, consumer.wakeUps.size());
    }

    @Test
    void aFailingConsumerDoesNotStopTheOthersOrTheWrite() {
        streams.consumers.register(arn, (streamArn, shardId) -> {
            throw new IllegalStateException("broken consumer");
        });
        streams.consumers.register(arn, consumer);

        streams.insert("Orders", "a", "v");

        assertEquals(1, consumer.wakeUps.size());
    }

    @Test
    void consumersOfOtherStreamsSleepOn() {
        String other = streams.createTable("Other", "KEYS_ONLY");
        streams.consumers.register(other, consumer);

        streams.insert("Orders", "a", "v");

        assertTrue(consumer.wakeUps.isEmpty());
    }

    private final class RecordingConsumer implements StreamConsumer {
        final List<String> wakeUps = new CopyOnWriteArrayList<>();
        final List<Integer> recordsSeenAtWakeUp = new CopyOnWriteArrayList<>();

        @Override
        public void recordsAvailable(String streamArn, String shardId) {
            wakeUps.add("records " + shardId);
            recordsSeenAtWakeUp.add(streams.reader.read(streamArn, shardId, new ShardPosition.TrimHorizon(), 100)
                    .records().size());
        }

        @Override
        public void shardsChanged(String streamArn) {
            wakeUps.add("shards");
        }
    }
}
