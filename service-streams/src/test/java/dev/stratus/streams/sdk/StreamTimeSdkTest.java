package dev.stratus.streams.sdk;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.stratus.testkit.StratusExtension;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ExpiredIteratorException;
import software.amazon.awssdk.services.dynamodb.model.GetRecordsResponse;
import software.amazon.awssdk.services.dynamodb.model.Record;
import software.amazon.awssdk.services.dynamodb.model.Shard;
import software.amazon.awssdk.services.dynamodb.model.ShardIteratorType;
import software.amazon.awssdk.services.dynamodb.model.StreamViewType;
import software.amazon.awssdk.services.dynamodb.model.TrimmedDataAccessException;
import software.amazon.awssdk.services.dynamodb.streams.DynamoDbStreamsClient;

/** Shard rollover, retention and iterator expiry, on a server whose clock the test moves. */
class StreamTimeSdkTest {

    @RegisterExtension
    static final StratusExtension STRATUS = StratusExtension.builder()
            .setting("dynamodbstreams.shard-rollover", "2s").withTestClock().build();

    private final DynamoDbClient dynamo = STRATUS.client(DynamoDbClient.class);
    private final DynamoDbStreamsClient streams = STRATUS.client(DynamoDbStreamsClient.class);

    @Test
    void aConsumerFollowingParentToChildSeesEveryRecordOnceInOrder() {
        String arn = Tables.create(dynamo, "Lineage", StreamViewType.KEYS_ONLY).latestStreamArn();
        List<String> written = new ArrayList<>();
        for (int round = 0; round < 4; round++) {
            for (int i = 0; i < 3; i++) {
                String id = round + "-" + i;
                put("Lineage", id);
                written.add(id);
            }
            STRATUS.clock().advance(Duration.ofSeconds(2));
        }
        put("Lineage", "last");
        written.add("last");

        List<Shard> shards = StreamReading.shards(streams, arn);
        List<String> seen = new ArrayList<>();
        String shardId = shards.get(0).shardId();
        while (shardId != null) {
            seen.addAll(readShard(arn, shardId));
            String parent = shardId;
            shardId = shards.stream().filter(shard -> parent.equals(shard.parentShardId()))
                    .map(Shard::shardId).findFirst().orElse(null);
        }

        assertEquals(written, seen);
        assertEquals(5, shards.size());
    }

    @Test
    void anIteratorAtAChildShardsStartingSequenceNumberReadsTheChildsFirstRecord() {
        String arn = Tables.create(dynamo, "Starting", StreamViewType.KEYS_ONLY).latestStreamArn();
        put("Starting", "in-parent");
        STRATUS.clock().advance(Duration.ofSeconds(2));
        await().atMost(Duration.ofSeconds(10)).until(() -> StreamReading.shards(streams, arn).size() == 2);
        Shard parent = StreamReading.shards(streams, arn).get(0);
        Shard child = StreamReading.shards(streams, arn).get(1);

        String iterator = StreamReading.iterator(streams, arn, child.shardId(), ShardIteratorType.AT_SEQUENCE_NUMBER,
                child.sequenceNumberRange().startingSequenceNumber());
        put("Starting", "in-child");

        assertEquals(parent.shardId(), child.parentShardId());
        assertEquals(List.of("in-child"), StreamReading.readUntilCaughtUp(streams, iterator).stream()
                .map(StreamReading::id).toList());
    }

    @Test
    void anIteratorAtAFreshShardsStartingSequenceNumberReadsItsFirstRecord() {
        String arn = Tables.create(dynamo, "Fresh", StreamViewType.KEYS_ONLY).latestStreamArn();
        Shard shard = StreamReading.shards(streams, arn).get(0);

        String iterator = StreamReading.iterator(streams, arn, shard.shardId(), ShardIteratorType.AT_SEQUENCE_NUMBER,
                shard.sequenceNumberRange().startingSequenceNumber());
        put("Fresh", "first");

        assertEquals(List.of("first"), StreamReading.readUntilCaughtUp(streams, iterator).stream()
                .map(StreamReading::id).toList());
    }

    @Test
    void anIdleStreamRollsItsShardOverOnTheTick() {
        String arn = Tables.create(dynamo, "Idle", StreamViewType.KEYS_ONLY).latestStreamArn();
        put("Idle", "a");

        STRATUS.clock().advance(Duration.ofSeconds(2));

        await().atMost(Duration.ofSeconds(10)).until(() -> StreamReading.shards(streams, arn).size() == 2);
        Shard parent = StreamReading.shards(streams, arn).get(0);
        assertNotNull(parent.sequenceNumberRange().endingSequenceNumber());
        String iterator = StreamReading.iterator(streams, arn, parent.shardId(), ShardIteratorType.TRIM_HORIZON, null);
        GetRecordsResponse read = streams.getRecords(request -> request.shardIterator(iterator));
        assertEquals(List.of("a"), read.records().stream().map(StreamReading::id).toList());
        assertNull(read.nextShardIterator());
    }

    @Test
    void anIteratorExpiresAfterFifteenMinutesAndAFreshOneKeepsWorking() {
        String arn = Tables.create(dynamo, "Expiry", StreamViewType.KEYS_ONLY).latestStreamArn();
        String shardId = StreamReading.shards(streams, arn).get(0).shardId();
        String iterator = StreamReading.iterator(streams, arn, shardId, ShardIteratorType.LATEST, null);

        STRATUS.clock().advance(Duration.ofMinutes(15).plusSeconds(1));

        ExpiredIteratorException expired = assertThrows(ExpiredIteratorException.class,
                () -> streams.getRecords(request -> request.shardIterator(iterator)));
        assertEquals("Shard iterator has expired", expired.awsErrorDetails().errorMessage());
        await().atMost(Duration.ofSeconds(10)).until(() -> StreamReading.shards(streams, arn).size() == 2);
        List<Shard> shards = StreamReading.shards(streams, arn);
        String open = shards.get(shards.size() - 1).shardId();
        String fresh = StreamReading.iterator(streams, arn, open, ShardIteratorType.LATEST, null);
        put("Expiry", "after-a-quiet-spell");
        assertEquals(List.of("after-a-quiet-spell"), StreamReading.readUntilCaughtUp(streams, fresh).stream()
                .map(StreamReading::id).toList());
    }

    @Test
    void recordsOlderThanTwentyFourHoursAreTrimmed() {
        String arn = Tables.create(dynamo, "Trimmed", StreamViewType.KEYS_ONLY).latestStreamArn();
        put("Trimmed", "old");
        String firstShard = StreamReading.shards(streams, arn).get(0).shardId();
        String oldSequence = StreamReading.firstShard(streams, arn).get(0).dynamodb().sequenceNumber();

        STRATUS.clock().advance(Duration.ofHours(24).plusSeconds(1));

        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThrows(TrimmedDataAccessException.class,
                () -> StreamReading.iterator(streams, arn, firstShard, ShardIteratorType.AT_SEQUENCE_NUMBER,
                        oldSequence)));
        String horizon = StreamReading.iterator(streams, arn, firstShard, ShardIteratorType.TRIM_HORIZON, null);
        GetRecordsResponse read = streams.getRecords(request -> request.shardIterator(horizon));
        assertEquals(List.of(), read.records());
    }

    private List<String> readShard(String arn, String shardId) {
        List<String> ids = new ArrayList<>();
        String iterator = StreamReading.iterator(streams, arn, shardId, ShardIteratorType.TRIM_HORIZON, null);
        while (iterator != null) {
            String current = iterator;
            GetRecordsResponse response = streams.getRecords(request -> request.shardIterator(current).limit(2));
            response.records().stream().map(Record::dynamodb).map(change -> change.keys().get("Id").s())
                    .forEach(ids::add);
            iterator = response.records().isEmpty() && !isClosed(arn, shardId) ? null : response.nextShardIterator();
        }
        return ids;
    }

    private boolean isClosed(String arn, String shardId) {
        return StreamReading.shards(streams, arn).stream().filter(shard -> shard.shardId().equals(shardId))
                .anyMatch(shard -> shard.sequenceNumberRange().endingSequenceNumber() != null);
    }

    private void put(String table, String id) {
        dynamo.putItem(request -> request.tableName(table).item(Map.of("Id", AttributeValue.fromS(id))));
    }
}
