package dev.stratus.streams.stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.stratus.streams.StreamsHarness;
import dev.stratus.streams.api.ShardInfo;
import dev.stratus.streams.api.ShardPosition;
import dev.stratus.streams.api.StreamRecord;
import java.math.BigInteger;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class StreamLifecycleTest {

    private final StreamsHarness streams = new StreamsHarness();

    @Test
    void aDisabledStreamStaysReadableWithItsShardClosed() {
        String arn = streams.createTable("Orders", "NEW_IMAGE");
        streams.insert("Orders", "a", "one");

        streams.disableStream("Orders", arn);
        streams.insert("Orders", "b", "one");

        assertEquals("DISABLED", streams.reader.describe(arn).orElseThrow().status());
        ShardInfo shard = streams.reader.shards(arn).get(0);
        assertTrue(shard.closed());
        List<StreamRecord> records = streams.reader.read(arn, shard.shardId(), new ShardPosition.TrimHorizon(), 10)
                .records();
        assertEquals(1, records.size());
    }

    @Test
    void enablingAgainMakesANewStream() {
        String first = streams.createTable("Orders", "KEYS_ONLY");
        streams.disableStream("Orders", first);

        String second = streams.enableStream("Orders", "NEW_AND_OLD_IMAGES");
        streams.insert("Orders", "a", "one");

        assertNotEquals(first, second);
        assertEquals("ENABLED", streams.reader.describe(second).orElseThrow().status());
        assertEquals("NEW_AND_OLD_IMAGES", streams.reader.describe(second).orElseThrow().viewType());
        String shardId = streams.reader.shards(second).get(0).shardId();
        assertEquals(1, streams.reader.read(second, shardId, new ShardPosition.TrimHorizon(), 10).records().size());
        String oldShard = streams.reader.shards(first).get(0).shardId();
        assertTrue(streams.reader.read(first, oldShard, new ShardPosition.TrimHorizon(), 10).records().isEmpty());
    }

    @Test
    void aWriteThatRacesTheDisableBelongsToNoStream() {
        String arn = streams.createTable("Orders", "KEYS_ONLY");
        LiveStream stream = streams.catalog.find(arn).orElseThrow();

        stream.disable(streams.clock.instant());

        assertEquals(Optional.empty(), stream.assign(streams.clock.instant(), Duration.ofHours(4)));
    }

    @Test
    void deletingTheTableDisablesItsStream() {
        String arn = streams.createTable("Orders", "KEYS_ONLY");

        streams.deleteTable("Orders");

        assertEquals("DISABLED", streams.reader.describe(arn).orElseThrow().status());
    }

    @Test
    void aDisabledStreamIsGoneOnceItsRecordsAgeOut() {
        String arn = streams.createTable("Orders", "KEYS_ONLY");
        streams.insert("Orders", "a", "one");
        streams.deleteTable("Orders");

        streams.clock.advance(Duration.ofHours(24));
        streams.maintenance.tick();
        assertTrue(streams.reader.describe(arn).isPresent());

        streams.clock.advance(Duration.ofSeconds(1));
        streams.maintenance.tick();
        assertEquals(Optional.empty(), streams.reader.describe(arn));
        assertEquals(List.of(), streams.reader.shards(arn));
    }

    @Test
    void recordsOlderThanRetentionAreTrimmed() {
        String arn = streams.createTable("Orders", "KEYS_ONLY");
        streams.insert("Orders", "old", "one");
        streams.clock.advance(Duration.ofHours(2));
        streams.insert("Orders", "new", "one");

        streams.clock.advance(Duration.ofHours(23));
        streams.maintenance.tick();

        String shardId = streams.reader.shards(arn).get(0).shardId();
        List<StreamRecord> kept = streams.reader.read(arn, shardId, new ShardPosition.TrimHorizon(), 10).records();
        assertEquals(List.of("new"), kept.stream().map(StreamLifecycleTest::id).toList());
    }

    @Test
    void afterARestartRecordsRemainAndSequenceNumbersAreNeverReused() {
        String arn = streams.createTable("Orders", "KEYS_ONLY");
        streams.insert("Orders", "a", "one");
        streams.insert("Orders", "b", "one");

        StreamsHarness restarted = streams.restarted();
        restarted.insert("Orders", "c", "one");

        String shardId = restarted.reader.shards(arn).get(0).shardId();
        List<StreamRecord> records = restarted.reader.read(arn, shardId, new ShardPosition.TrimHorizon(), 10)
                .records();
        assertEquals(List.of("a", "b", "c"), records.stream().map(StreamLifecycleTest::id).toList());
        assertTrue(new BigInteger(records.get(1).sequenceNumber())
                .compareTo(new BigInteger(records.get(2).sequenceNumber())) < 0);
    }

    @Test
    void afterARestartWithEveryRecordTrimmedSequenceNumbersStillRise() {
        String arn = streams.createTable("Orders", "KEYS_ONLY");
        streams.insert("Orders", "a", "one");
        String trimmedSequence = streams.reader.read(arn, streams.reader.shards(arn).get(0).shardId(),
                new ShardPosition.TrimHorizon(), 10).records().get(0).sequenceNumber();
        streams.clock.advance(Duration.ofHours(25));
        streams.insert("Orders", "keep-the-stream-busy", "one");
        streams.clock.advance(Duration.ofHours(25));
        streams.maintenance.tick();

        StreamsHarness restarted = streams.restarted();
        restarted.insert("Orders", "b", "one");

        ShardInfo open = restarted.reader.shards(arn).get(restarted.reader.shards(arn).size() - 1);
        StreamRecord b = restarted.reader.read(arn, open.shardId(), new ShardPosition.TrimHorizon(), 10)
                .records().get(0);
        assertEquals("b", id(b));
        assertTrue(new BigInteger(trimmedSequence).compareTo(new BigInteger(b.sequenceNumber())) < 0);
    }

    private static String id(StreamRecord record) {
        return record.record().get("dynamodb").get("Keys").get("Id").get("S").asText();
    }
}
