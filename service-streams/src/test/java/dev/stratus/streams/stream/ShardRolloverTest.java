package dev.stratus.streams.stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.stratus.dynamodb.api.ChangeType;
import dev.stratus.dynamodb.api.ItemChange;
import dev.stratus.spi.storage.WriteBatch;
import dev.stratus.streams.StreamsHarness;
import dev.stratus.streams.api.ShardBatch;
import dev.stratus.streams.api.ShardInfo;
import dev.stratus.streams.api.ShardPosition;
import dev.stratus.streams.api.StreamRecord;
import java.math.BigInteger;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ShardRolloverTest {

    private final StreamsHarness streams = new StreamsHarness();
    private final String arn = streams.createTable("Orders", "KEYS_ONLY");

    @Test
    void aWriteAfterTheRolloverTimeClosesTheShardAndOpensAChild() {
        streams.insert("Orders", "a", "one");
        streams.clock.advance(Duration.ofHours(4));
        streams.insert("Orders", "b", "one");

        List<ShardInfo> shards = streams.reader.shards(arn);

        assertEquals(2, shards.size());
        ShardInfo parent = shards.get(0);
        ShardInfo child = shards.get(1);
        assertTrue(parent.closed());
        assertNull(parent.parentShardId());
        assertEquals(parent.shardId(), child.parentShardId());
        assertFalse(child.closed());
        assertTrue(number(parent.endingSequenceNumber()).compareTo(number(child.startingSequenceNumber())) < 0);
        assertEquals(List.of("a"), ids(streams.reader.read(arn, parent.shardId(), new ShardPosition.TrimHorizon(), 100)));
        assertEquals(List.of("b"), ids(streams.reader.read(arn, child.shardId(), new ShardPosition.TrimHorizon(), 100)));
    }

    @Test
    void theTickRollsOverAnIdleStream() {
        streams.insert("Orders", "a", "one");
        streams.clock.advance(Duration.ofHours(4).minusMillis(1));
        streams.maintenance.tick();
        assertEquals(1, streams.reader.shards(arn).size());

        streams.clock.advance(Duration.ofMillis(1));
        streams.maintenance.tick();

        List<ShardInfo> shards = streams.reader.shards(arn);
        assertEquals(2, shards.size());
        assertTrue(shards.get(0).closed());
        assertTrue(streams.reader.read(arn, shards.get(0).shardId(), new ShardPosition.TrimHorizon(), 100)
                .shardDrained());
    }

    @Test
    void anEmptyShardClosesWithASequenceRangeOfItsOwn() {
        streams.clock.advance(Duration.ofHours(4));
        streams.maintenance.tick();

        ShardInfo empty = streams.reader.shards(arn).get(0);

        assertEquals(empty.startingSequenceNumber(), empty.endingSequenceNumber());
        ShardBatch batch = streams.reader.read(arn, empty.shardId(), new ShardPosition.TrimHorizon(), 100);
        assertTrue(batch.records().isEmpty());
        assertTrue(batch.shardDrained());
    }

    @Test
    void theTickLeavesAShardOpenWhileAWriteIntoItIsInFlight() {
        WriteBatch inFlight = new WriteBatch();
        ItemChange change = new ItemChange(StreamsHarness.ACCOUNT, StreamsHarness.REGION, "Orders",
                ChangeType.INSERT, streams.item("a", "one"), null, streams.item("a", "one"), 10, 0, 30,
                streams.clock.instant(), null);
        streams.listener.onItemChange(change, inFlight);
        streams.clock.advance(Duration.ofHours(5));

        streams.maintenance.tick();
        assertEquals(1, streams.reader.shards(arn).size());

        streams.storage.commit(inFlight);
        streams.maintenance.tick();
        ShardInfo parent = streams.reader.shards(arn).get(0);
        assertTrue(parent.closed());
        assertEquals(List.of("a"), ids(streams.reader.read(arn, parent.shardId(), new ShardPosition.TrimHorizon(), 100)));
    }

    @Test
    void aConsumerFollowingParentToChildSeesEveryRecordOnceInOrder() {
        List<String> written = new ArrayList<>();
        for (int round = 0; round < 5; round++) {
            for (int i = 0; i < 7; i++) {
                String id = round + "-" + i;
                streams.insert("Orders", id, "v");
                written.add(id);
            }
            streams.clock.advance(Duration.ofHours(round % 2 == 0 ? 4 : 5));
            if (round % 2 == 1) {
                streams.maintenance.tick();
            }
        }

        List<String> seen = new ArrayList<>();
        List<String> sequenceNumbers = new ArrayList<>();
        String shardId = streams.reader.shards(arn).get(0).shardId();
        while (shardId != null) {
            ShardPosition position = new ShardPosition.TrimHorizon();
            ShardBatch batch;
            do {
                batch = streams.reader.read(arn, shardId, position, 3);
                for (StreamRecord record : batch.records()) {
                    seen.add(record.record().get("dynamodb").get("Keys").get("Id").get("S").asText());
                    sequenceNumbers.add(record.sequenceNumber());
                    position = new ShardPosition.AfterSequenceNumber(record.sequenceNumber());
                }
            } while (!batch.shardDrained() && !batch.records().isEmpty());
            shardId = child(shardId);
        }

        assertEquals(written, seen);
        assertEquals(sequenceNumbers.stream().map(BigInteger::new).sorted().distinct().map(BigInteger::toString)
                .toList(), sequenceNumbers);
        assertTrue(streams.reader.shards(arn).size() >= 5);
    }

    private String child(String parent) {
        return streams.reader.shards(arn).stream().filter(shard -> parent.equals(shard.parentShardId()))
                .map(ShardInfo::shardId).findFirst().orElse(null);
    }

    private static List<String> ids(ShardBatch batch) {
        return batch.records().stream()
                .map(record -> record.record().get("dynamodb").get("Keys").get("Id").get("S").asText()).toList();
    }

    private static BigInteger number(String sequenceNumber) {
        return new BigInteger(sequenceNumber);
    }
}
