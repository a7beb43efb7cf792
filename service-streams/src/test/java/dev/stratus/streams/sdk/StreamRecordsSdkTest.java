package dev.stratus.streams.sdk;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.stratus.testkit.StratusExtension;
import java.math.BigInteger;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;
import software.amazon.awssdk.services.dynamodb.model.GetRecordsResponse;
import software.amazon.awssdk.services.dynamodb.model.OperationType;
import software.amazon.awssdk.services.dynamodb.model.Record;
import software.amazon.awssdk.services.dynamodb.model.ShardIteratorType;
import software.amazon.awssdk.services.dynamodb.model.StreamRecord;
import software.amazon.awssdk.services.dynamodb.model.StreamViewType;
import software.amazon.awssdk.services.dynamodb.streams.DynamoDbStreamsClient;

class StreamRecordsSdkTest {

    @RegisterExtension
    static final StratusExtension STRATUS = new StratusExtension();

    private final DynamoDbClient dynamo = STRATUS.client(DynamoDbClient.class);
    private final DynamoDbStreamsClient streams = STRATUS.client(DynamoDbStreamsClient.class);

    @ParameterizedTest(name = "{0}")
    @EnumSource(value = StreamViewType.class, names = "UNKNOWN_TO_SDK_VERSION", mode = EnumSource.Mode.EXCLUDE)
    void insertModifyAndRemoveRecordsCarryTheImagesOfTheViewType(StreamViewType viewType) {
        String table = "Records-" + viewType;
        String arn = Tables.create(dynamo, table, viewType).latestStreamArn();
        boolean newImages = viewType == StreamViewType.NEW_IMAGE || viewType == StreamViewType.NEW_AND_OLD_IMAGES;
        boolean oldImages = viewType == StreamViewType.OLD_IMAGE || viewType == StreamViewType.NEW_AND_OLD_IMAGES;

        dynamo.putItem(request -> request.tableName(table).item(item("a", "one")));
        dynamo.putItem(request -> request.tableName(table).item(item("a", "two")));
        dynamo.deleteItem(request -> request.tableName(table).key(Map.of("Id", s("a"))));

        List<Record> records = StreamReading.firstShard(streams, arn);
        assertEquals(List.of(OperationType.INSERT, OperationType.MODIFY, OperationType.REMOVE),
                records.stream().map(Record::eventName).toList());
        StreamRecord insert = records.get(0).dynamodb();
        StreamRecord modify = records.get(1).dynamodb();
        StreamRecord remove = records.get(2).dynamodb();
        assertEquals(newImages, insert.hasNewImage());
        assertFalse(insert.hasOldImage());
        assertEquals(newImages, modify.hasNewImage());
        assertEquals(oldImages, modify.hasOldImage());
        assertFalse(remove.hasNewImage());
        assertEquals(oldImages, remove.hasOldImage());
        if (newImages) {
            assertEquals(item("a", "two"), modify.newImage());
        }
        if (oldImages) {
            assertEquals(item("a", "one"), modify.oldImage());
            assertEquals(item("a", "two"), remove.oldImage());
        }
        for (Record record : records) {
            assertEquals(Map.of("Id", s("a")), record.dynamodb().keys());
            assertEquals(viewType, record.dynamodb().streamViewType());
            assertTrue(record.dynamodb().sizeBytes() > 0);
        }
    }

    @Test
    void aRecordHasEveryFieldAwsWrites() {
        String arn = Tables.create(dynamo, "Fields", StreamViewType.NEW_IMAGE).latestStreamArn();
        Instant before = Instant.now().minusSeconds(1);

        dynamo.putItem(request -> request.tableName("Fields").item(item("a", "one")));

        Record record = StreamReading.firstShard(streams, arn).get(0);
        assertTrue(record.eventID().matches("[0-9a-f]{32}"), record.eventID());
        assertEquals("1.1", record.eventVersion());
        assertEquals("aws:dynamodb", record.eventSource());
        assertEquals("us-east-1", record.awsRegion());
        assertNull(record.userIdentity());
        StreamRecord change = record.dynamodb();
        assertTrue(change.sequenceNumber().matches("\\d{21,40}"));
        assertFalse(change.approximateCreationDateTime().isBefore(before.minusSeconds(1)));
        assertTrue(Duration.between(change.approximateCreationDateTime(), Instant.now()).toMinutes() < 5);
        assertEquals(0, change.approximateCreationDateTime().getNano());
        assertEquals(item("a", "one"), change.newImage());
    }

    @Test
    void writesThatChangeNothingMakeNoRecord() {
        String arn = Tables.create(dynamo, "NoOps", StreamViewType.NEW_AND_OLD_IMAGES).latestStreamArn();
        dynamo.putItem(request -> request.tableName("NoOps").item(item("a", "one")));

        dynamo.putItem(request -> request.tableName("NoOps").item(item("a", "one")));
        dynamo.updateItem(request -> request.tableName("NoOps").key(Map.of("Id", s("a"))));
        dynamo.deleteItem(request -> request.tableName("NoOps").key(Map.of("Id", s("missing"))));
        dynamo.putItem(request -> request.tableName("NoOps").item(item("a", "two")));

        List<Record> records = StreamReading.firstShard(streams, arn);
        assertEquals(List.of(OperationType.INSERT, OperationType.MODIFY),
                records.stream().map(Record::eventName).toList());
        assertEquals(s("two"), records.get(1).dynamodb().newImage().get("Value"));
    }

    @Test
    void anUpdateThatSetsTheSameValuesAndAFailedConditionalWriteMakeNoRecord() {
        String arn = Tables.create(dynamo, "SameValues", StreamViewType.NEW_AND_OLD_IMAGES).latestStreamArn();
        dynamo.putItem(request -> request.tableName("SameValues").item(item("a", "one")));

        dynamo.updateItem(request -> request.tableName("SameValues").key(Map.of("Id", s("a")))
                .updateExpression("SET #v = :v").expressionAttributeNames(Map.of("#v", "Value"))
                .expressionAttributeValues(Map.of(":v", s("one"))));
        assertThrows(ConditionalCheckFailedException.class, () -> dynamo.putItem(request -> request
                .tableName("SameValues").item(item("a", "two")).conditionExpression("attribute_not_exists(Id)")));
        dynamo.updateItem(request -> request.tableName("SameValues").key(Map.of("Id", s("a")))
                .updateExpression("SET #v = :v").expressionAttributeNames(Map.of("#v", "Value"))
                .expressionAttributeValues(Map.of(":v", s("three"))));

        List<Record> records = StreamReading.firstShard(streams, arn);
        assertEquals(List.of(OperationType.INSERT, OperationType.MODIFY),
                records.stream().map(Record::eventName).toList());
        assertEquals(s("one"), records.get(1).dynamodb().oldImage().get("Value"));
        assertEquals(s("three"), records.get(1).dynamodb().newImage().get("Value"));
    }

    @Test
    void aRecordIsReadableAsSoonAsTheWriteIsAcknowledged() {
        String arn = Tables.create(dynamo, "Immediate", StreamViewType.KEYS_ONLY).latestStreamArn();
        String shardId = StreamReading.shards(streams, arn).get(0).shardId();
        String iterator = StreamReading.iterator(streams, arn, shardId, ShardIteratorType.LATEST, null);

        for (int i = 0; i < 20; i++) {
            String id = "item" + i;
            dynamo.putItem(request -> request.tableName("Immediate").item(item(id, "v")));
            String current = iterator;
            GetRecordsResponse read = streams.getRecords(request -> request.shardIterator(current));
            assertEquals(List.of(id), read.records().stream().map(StreamReading::id).toList());
            iterator = read.nextShardIterator();
        }
    }

    @Test
    void sequenceNumbersRiseStrictlyInWriteOrder() {
        String arn = Tables.create(dynamo, "Ordered", StreamViewType.KEYS_ONLY).latestStreamArn();
        for (int i = 0; i < 30; i++) {
            String id = "item" + i;
            dynamo.putItem(request -> request.tableName("Ordered").item(item(id, "v")));
        }

        List<Record> records = StreamReading.firstShard(streams, arn);

        assertEquals(30, records.size());
        for (int i = 0; i < records.size(); i++) {
            assertEquals("item" + i, StreamReading.id(records.get(i)));
            if (i > 0) {
                assertTrue(new BigInteger(records.get(i - 1).dynamodb().sequenceNumber())
                        .compareTo(new BigInteger(records.get(i).dynamodb().sequenceNumber())) < 0);
            }
        }
    }

    @Test
    void eachIteratorTypeStartsWhereAwsSays() {
        String arn = Tables.create(dynamo, "Iterators", StreamViewType.KEYS_ONLY).latestStreamArn();
        dynamo.putItem(request -> request.tableName("Iterators").item(item("a", "v")));
        dynamo.putItem(request -> request.tableName("Iterators").item(item("b", "v")));
        String shardId = StreamReading.shards(streams, arn).get(0).shardId();
        String latest = StreamReading.iterator(streams, arn, shardId, ShardIteratorType.LATEST, null);
        dynamo.putItem(request -> request.tableName("Iterators").item(item("c", "v")));
        String sequenceOfB = StreamReading.firstShard(streams, arn).get(1).dynamodb().sequenceNumber();

        assertEquals(List.of("a", "b", "c"), ids(StreamReading.readUntilCaughtUp(streams,
                StreamReading.iterator(streams, arn, shardId, ShardIteratorType.TRIM_HORIZON, null))));
        assertEquals(List.of("c"), ids(StreamReading.readUntilCaughtUp(streams, latest)));
        assertEquals(List.of("b", "c"), ids(StreamReading.readUntilCaughtUp(streams,
                StreamReading.iterator(streams, arn, shardId, ShardIteratorType.AT_SEQUENCE_NUMBER, sequenceOfB))));
        assertEquals(List.of("c"), ids(StreamReading.readUntilCaughtUp(streams,
                StreamReading.iterator(streams, arn, shardId, ShardIteratorType.AFTER_SEQUENCE_NUMBER,
                        sequenceOfB))));
    }

    @Test
    void getRecordsHonoursItsLimit() {
        String arn = Tables.create(dynamo, "Limited", StreamViewType.KEYS_ONLY).latestStreamArn();
        for (int i = 0; i < 5; i++) {
            String id = "item" + i;
            dynamo.putItem(request -> request.tableName("Limited").item(item(id, "v")));
        }
        String shardId = StreamReading.shards(streams, arn).get(0).shardId();
        String iterator = StreamReading.iterator(streams, arn, shardId, ShardIteratorType.TRIM_HORIZON, null);

        GetRecordsResponse first = streams.getRecords(request -> request.shardIterator(iterator).limit(2));
        GetRecordsResponse rest = streams.getRecords(request -> request.shardIterator(first.nextShardIterator()));

        assertEquals(List.of("item0", "item1"), ids(first.records()));
        assertEquals(List.of("item2", "item3", "item4"), ids(rest.records()));
    }

    private static List<String> ids(List<Record> records) {
        return records.stream().map(StreamReading::id).toList();
    }

    private static Map<String, AttributeValue> item(String id, String value) {
        return Map.of("Id", s(id), "Value", s(value));
    }

    private static AttributeValue s(String value) {
        return AttributeValue.fromS(value);
    }
}
