package dev.stratus.streams.consumer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.stratus.events.api.EventSourceConsumer;
import dev.stratus.events.api.EventSourceInfo;
import dev.stratus.events.api.Partition;
import dev.stratus.events.api.ReadPosition;
import dev.stratus.events.api.RecordBatch;
import dev.stratus.events.api.Registration;
import dev.stratus.events.api.SourceRecord;
import dev.stratus.streams.StreamsHarness;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;

class StreamEventSourceTest {

    private final StreamsHarness streams = new StreamsHarness();
    private final StreamEventSource source = new StreamEventSource(streams.reader, streams.consumers);
    private final String arn = streams.createTable("Orders", "NEW_IMAGE");

    @Test
    void ownsStreamArnsWhetherOrNotTheStreamExists() {
        assertTrue(source.owns(arn));
        assertTrue(source.owns("arn:aws:dynamodb:us-east-1:111122223333:table/Gone/stream/2024-01-01T00:00:00.000"));
        assertFalse(source.owns("arn:aws:sqs:us-east-1:111122223333:queue"));
        assertFalse(source.owns("arn:aws:dynamodb:us-east-1:111122223333:table/Orders"));
    }

    @Test
    void describesAnExistingStreamWithItsAccountAndRegion() {
        assertEquals(Optional.of(new EventSourceInfo(arn, StreamsHarness.ACCOUNT, StreamsHarness.REGION)),
                source.describe(arn));
        assertEquals(Optional.empty(),
                source.describe("arn:aws:dynamodb:us-east-1:111122223333:table/Gone/stream/2024-01-01T00:00:00.000"));
    }

    @Test
    void offersEachRecordAsLambdaPutsItInTheEvent() {
        streams.insert("Orders", "a", "v1");

        Partition shard = source.partitions(arn).get(0);
        RecordBatch read = source.read(arn, shard.partitionId(), new ReadPosition.TrimHorizon(), 10);

        assertNull(shard.parentPartitionId());
        assertFalse(shard.closed());
        assertFalse(read.partitionDrained());
        SourceRecord record = read.records().get(0);
        ObjectNode event = record.event();
        assertEquals(arn, event.path("eventSourceARN").asText());
        assertEquals("INSERT", event.path("eventName").asText());
        assertEquals("aws:dynamodb", event.path("eventSource").asText());
        assertEquals("v1", event.path("dynamodb").path("NewImage").path("Value").path("S").asText());
        assertEquals(event.path("dynamodb").path("SequenceNumber").asText(), record.sequenceNumber());
        assertEquals(streams.clock.instant(), record.arrivedAt());
    }

    @Test
    void readsFromJustAfterACheckpointedRecord() {
        streams.insert("Orders", "a", "v1");
        streams.insert("Orders", "b", "v2");
        String shardId = source.partitions(arn).get(0).partitionId();
        String first = source.read(arn, shardId, new ReadPosition.TrimHorizon(), 1).records().get(0).sequenceNumber();

        List<SourceRecord> rest = source.read(arn, shardId, new ReadPosition.AfterSequenceNumber(first), 10).records();

        assertEquals(1, rest.size());
        assertEquals("v2", rest.get(0).event().path("dynamodb").path("NewImage").path("Value").path("S").asText());
    }

    @Test
    void aRegisteredConsumerIsWokenByNewRecordsAndShardChangesUntilItsRegistrationCloses() {
        List<String> wakeUps = new CopyOnWriteArrayList<>();
        Registration registration = source.register(arn, new EventSourceConsumer() {
            @Override
            public void recordsAvailable(String sourceArn, String partitionId) {
                wakeUps.add("records " + partitionId);
            }

            @Override
            public void partitionsChanged(String sourceArn) {
                wakeUps.add("partitions");
            }
        });
        streams.insert("Orders", "a", "v1");
        String shardId = source.partitions(arn).get(0).partitionId();
        streams.clock.advance(Duration.ofHours(4));
        streams.maintenance.tick();

        registration.close();
        streams.insert("Orders", "b", "v2");

        assertEquals(List.of("records " + shardId, "partitions"), wakeUps);
        assertTrue(source.partitions(arn).get(0).closed());
    }
}
