package dev.stratus.streams.operation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.stratus.spi.AwsServiceException;
import dev.stratus.streams.StreamsHarness;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/** The API's behaviour at the operation level; the SDK tests cover the same through HTTP. */
class StreamsOperationsTest {

    private final StreamsHarness streams = new StreamsHarness();
    private final StreamsOperations api = streams.operations;

    @Test
    void listStreamsPagesThroughTheCallersStreams() {
        List<String> arns = new ArrayList<>();
        for (String table : List.of("Alpha", "Bravo", "Charlie")) {
            arns.add(streams.createTable(table, "KEYS_ONLY"));
        }
        streams.createTable("999988887777", StreamsHarness.REGION, "Alpha", "KEYS_ONLY");
        streams.createTable(StreamsHarness.ACCOUNT, "eu-west-1", "Alpha", "KEYS_ONLY");

        JsonNode first = api.listStreams(input().put("Limit", 2), streams.context());
        JsonNode second = api.listStreams(input().put("Limit", 2)
                .put("ExclusiveStartStreamArn", first.get("LastEvaluatedStreamArn").asText()), streams.context());

        assertEquals(arns.subList(0, 2), arnsOf(first));
        assertEquals(arns.get(1), first.get("LastEvaluatedStreamArn").asText());
        assertEquals(arns.subList(2, 3), arnsOf(second));
        assertFalse(second.has("LastEvaluatedStreamArn"));
        assertEquals("Alpha", first.get("Streams").get(0).get("TableName").asText());
        assertTrue(first.get("Streams").get(0).get("StreamLabel").asText()
                .matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\.\\d{3}"));
    }

    @Test
    void listStreamsFiltersByTableAndKeepsDisabledStreams() {
        String first = streams.createTable("Orders", "KEYS_ONLY");
        streams.disableStream("Orders", first);
        String second = streams.enableStream("Orders", "KEYS_ONLY");
        streams.createTable("Other", "KEYS_ONLY");

        JsonNode listed = api.listStreams(input().put("TableName", "Orders"), streams.context());

        assertEquals(List.of(first, second), arnsOf(listed));
    }

    @Test
    void describeStreamShowsTheStreamAndPagesItsShards() {
        String arn = streams.createTable("Orders", "NEW_IMAGE");
        for (int i = 0; i < 4; i++) {
            streams.insert("Orders", "item" + i, "v");
            streams.clock.advance(Duration.ofHours(4));
            streams.maintenance.tick();
        }

        JsonNode page1 = describe(input().put("StreamArn", arn).put("Limit", 3));
        JsonNode page2 = describe(input().put("StreamArn", arn).put("Limit", 3)
                .put("ExclusiveStartShardId", page1.get("LastEvaluatedShardId").asText()));

        assertEquals(arn, page1.get("StreamArn").asText());
        assertEquals("ENABLED", page1.get("StreamStatus").asText());
        assertEquals("NEW_IMAGE", page1.get("StreamViewType").asText());
        assertEquals("Orders", page1.get("TableName").asText());
        assertEquals("[{\"AttributeName\":\"Id\",\"KeyType\":\"HASH\"}]", page1.get("KeySchema").toString());
        assertTrue(page1.get("CreationRequestDateTime").isNumber());
        assertEquals(3, page1.get("Shards").size());
        assertEquals(2, page2.get("Shards").size());
        assertFalse(page2.has("LastEvaluatedShardId"));
        assertFalse(page1.get("Shards").get(0).has("ParentShardId"));
        assertEquals(page1.get("Shards").get(2).get("ShardId"), page2.get("Shards").get(0).get("ParentShardId"));
        assertTrue(page1.get("Shards").get(0).get("SequenceNumberRange").has("EndingSequenceNumber"));
        assertFalse(page2.get("Shards").get(1).get("SequenceNumberRange").has("EndingSequenceNumber"));
    }

    @Test
    void describeStreamFiltersChildShards() {
        String arn = streams.createTable("Orders", "KEYS_ONLY");
        streams.clock.advance(Duration.ofHours(4));
        streams.maintenance.tick();
        JsonNode shards = describe(input().put("StreamArn", arn)).get("Shards");
        ObjectNode request = input().put("StreamArn", arn);
        request.putObject("ShardFilter").put("Type", "CHILD_SHARDS")
                .put("ShardId", shards.get(0).get("ShardId").asText());

        JsonNode children = describe(request).get("Shards");

        assertEquals(1, children.size());
        assertEquals(shards.get(1).get("ShardId"), children.get(0).get("ShardId"));
    }

    @Test
    void eachIteratorTypeStartsWhereAwsSays() {
        String arn = streams.createTable("Orders", "KEYS_ONLY");
        streams.insert("Orders", "a", "v");
        streams.insert("Orders", "b", "v");
        String shardId = firstShard(arn);
        List<JsonNode> all = records(iterator(arn, shardId, "TRIM_HORIZON", null));
        String sequenceOfA = all.get(0).get("dynamodb").get("SequenceNumber").asText();

        String latest = iterator(arn, shardId, "LATEST", null);
        streams.insert("Orders", "c", "v");

        assertEquals(List.of("a", "b"), ids(all));
        assertEquals(List.of("c"), ids(records(latest)));
        assertEquals(List.of("a", "b", "c"), ids(records(iterator(arn, shardId, "AT_SEQUENCE_NUMBER", sequenceOfA))));
        assertEquals(List.of("b", "c"), ids(records(iterator(arn, shardId, "AFTER_SEQUENCE_NUMBER", sequenceOfA))));
    }

    @Test
    void getRecordsHonoursItsLimitAndHandsOnANextIterator() {
        String arn = streams.createTable("Orders", "KEYS_ONLY");
        for (int i = 0; i < 5; i++) {
            streams.insert("Orders", "item" + i, "v");
        }
        String iterator = iterator(arn, firstShard(arn), "TRIM_HORIZON", null);

        JsonNode first = api.getRecords(input().put("ShardIterator", iterator).put("Limit", 3), streams.context());
        JsonNode second = api.getRecords(input().put("ShardIterator", first.get("NextShardIterator").asText()),
                streams.context());
        JsonNode third = api.getRecords(input().put("ShardIterator", second.get("NextShardIterator").asText()),
                streams.context());

        assertEquals(3, first.get("Records").size());
        assertEquals(2, second.get("Records").size());
        assertEquals(0, third.get("Records").size());
        assertTrue(third.has("NextShardIterator"));
    }

    @Test
    void getRecordsReturnsAtMostAboutOneMegabyte() {
        String arn = streams.createTable("Orders", "NEW_IMAGE");
        String large = "x".repeat(300 * 1024);
        for (int i = 0; i < 5; i++) {
            streams.insert("Orders", "item" + i, large);
        }
        String iterator = iterator(arn, firstShard(arn), "TRIM_HORIZON", null);

        JsonNode first = api.getRecords(input().put("ShardIterator", iterator), streams.context());
        JsonNode second = api.getRecords(input().put("ShardIterator", first.get("NextShardIterator").asText()),
                streams.context());

        assertEquals(3, first.get("Records").size());
        assertEquals(2, second.get("Records").size());
    }

    @Test
    void aDrainedClosedShardHandsOnNoIterator() {
        String arn = streams.createTable("Orders", "KEYS_ONLY");
        streams.insert("Orders", "a", "v");
        streams.clock.advance(Duration.ofHours(4));
        streams.maintenance.tick();

        JsonNode read = api.getRecords(input().put("ShardIterator",
                iterator(arn, firstShard(arn), "TRIM_HORIZON", null)), streams.context());

        assertEquals(1, read.get("Records").size());
        assertFalse(read.has("NextShardIterator"));
    }

    @Test
    void anIteratorOlderThanFifteenMinutesHasExpired() {
        String arn = streams.createTable("Orders", "KEYS_ONLY");
        String iterator = iterator(arn, firstShard(arn), "LATEST", null);
        streams.clock.advance(Duration.ofMinutes(15).plusSeconds(1));

        assertError("ExpiredIteratorException", "Shard iterator has expired",
                () -> api.getRecords(input().put("ShardIterator", iterator), streams.context()));
    }

    @Test
    void anIdleConsumerThatAsksForAFreshIteratorKeepsWorking() {
        String arn = streams.createTable("Orders", "KEYS_ONLY");
        String shardId = firstShard(arn);
        for (int day = 0; day < 3; day++) {
            streams.clock.advance(Duration.ofHours(20));
            streams.maintenance.tick();
            String open = lastShard(arn);
            String iterator = iterator(arn, open, "LATEST", null);
            streams.insert("Orders", "day" + day, "v");
            assertEquals(List.of("day" + day), ids(records(iterator)));
        }
        assertFalse(shardId.equals(lastShard(arn)));
    }

    @Test
    void readingTrimmedDataIsRefused() {
        String arn = streams.createTable("Orders", "KEYS_ONLY");
        streams.insert("Orders", "a", "v");
        String sequenceOfA = records(iterator(arn, firstShard(arn), "TRIM_HORIZON", null)).get(0)
                .get("dynamodb").get("SequenceNumber").asText();
        streams.clock.advance(Duration.ofHours(24).minusMinutes(5));
        streams.maintenance.tick();
        String iterator = iterator(arn, firstShard(arn), "TRIM_HORIZON", null);
        streams.insert("Orders", "b", "v");
        streams.clock.advance(Duration.ofMinutes(6));
        streams.maintenance.tick();

        assertError("TrimmedDataAccessException",
                "The operation attempted to read past the oldest stream record in a shard.",
                () -> api.getRecords(input().put("ShardIterator", iterator), streams.context()));
        assertError("TrimmedDataAccessException",
                "The operation attempted to read past the oldest stream record in a shard.",
                () -> iterator(arn, firstShard(arn), "AT_SEQUENCE_NUMBER", sequenceOfA));
        assertEquals(List.of("b"), ids(records(iterator(arn, lastShard(arn), "TRIM_HORIZON", null))));
    }

    @Test
    void unknownStreamsAndShardsAreNotFound() {
        String arn = streams.createTable("Orders", "KEYS_ONLY");
        String unknown = arn.replace("table/Orders", "table/Missing");

        assertError("ResourceNotFoundException", "Requested resource not found: Stream: " + unknown + " not found",
                () -> describe(input().put("StreamArn", unknown)));
        assertError("ResourceNotFoundException", "Requested resource not found: Shard does not exist",
                () -> iterator(arn, "shardId-00000000000000000000-00000000", "LATEST", null));
        assertError("ResourceNotFoundException", "Requested resource not found: Stream: " + arn + " not found",
                () -> api.describeStream(input().put("StreamArn", arn), streams.context("999988887777", "us-east-1")));
    }

    @Test
    void malformedInputIsAValidationError() {
        String arn = streams.createTable("Orders", "KEYS_ONLY");
        String shardId = firstShard(arn);

        assertError("ValidationException", "1 validation error detected: Value 'short' at 'streamArn' failed to "
                + "satisfy constraint: Member must have length greater than or equal to 37",
                () -> describe(input().put("StreamArn", "short")));
        assertError("ValidationException", "Invalid StreamArn",
                () -> describe(input().put("StreamArn", "arn:aws:dynamodb:us-east-1:1111:table/Orders/nothing")));
        assertError("ValidationException", "Invalid ShardIterator",
                () -> api.getRecords(input().put("ShardIterator", "garbage"), streams.context()));
        assertError("ValidationException", "1 validation error detected: Value '0' at 'limit' failed to "
                + "satisfy constraint: Member must have value greater than or equal to 1",
                () -> api.listStreams(input().put("Limit", 0), streams.context()));
        assertError("ValidationException", "1 validation error detected: Value '1001' at 'limit' failed to "
                + "satisfy constraint: Member must have value less than or equal to 1000",
                () -> api.getRecords(input().put("ShardIterator", iterator(arn, shardId, "LATEST", null))
                        .put("Limit", 1001), streams.context()));
        assertError("ValidationException", "Invalid SequenceNumber 100000000000000000999 for shard " + shardId,
                () -> iterator(arn, shardId, "AT_SEQUENCE_NUMBER", "100000000000000000999"));
        assertError("ValidationException", "1 validation error detected: Value 'SOMEWHERE' at 'shardIteratorType' "
                + "failed to satisfy constraint: Member must satisfy enum value set: "
                + "[AFTER_SEQUENCE_NUMBER, LATEST, AT_SEQUENCE_NUMBER, TRIM_HORIZON]",
                () -> iterator(arn, shardId, "SOMEWHERE", null));
        assertError("ValidationException", "Sequence number is required for ShardIteratorType AT_SEQUENCE_NUMBER",
                () -> iterator(arn, shardId, "AT_SEQUENCE_NUMBER", null));
    }

    private JsonNode describe(ObjectNode request) {
        return api.describeStream(request, streams.context()).get("StreamDescription");
    }

    private String firstShard(String arn) {
        return describe(input().put("StreamArn", arn)).get("Shards").get(0).get("ShardId").asText();
    }

    private String lastShard(String arn) {
        JsonNode shards = describe(input().put("StreamArn", arn)).get("Shards");
        return shards.get(shards.size() - 1).get("ShardId").asText();
    }

    private String iterator(String arn, String shardId, String type, String sequenceNumber) {
        ObjectNode request = input().put("StreamArn", arn).put("ShardId", shardId).put("ShardIteratorType", type);
        if (sequenceNumber != null) {
            request.put("SequenceNumber", sequenceNumber);
        }
        return api.getShardIterator(request, streams.context()).get("ShardIterator").asText();
    }

    private List<JsonNode> records(String iterator) {
        JsonNode output = api.getRecords(input().put("ShardIterator", iterator), streams.context());
        List<JsonNode> records = new ArrayList<>();
        for (JsonNode raw : output.get("Records")) {
            records.add(reparse(raw));
        }
        return records;
    }

    /** GetRecords hands records on as raw JSON; read them back as a client would. */
    private JsonNode reparse(JsonNode raw) {
        try {
            return streams.json.readTree(streams.json.writeValueAsString(raw));
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    private static List<String> ids(List<JsonNode> records) {
        return records.stream().map(record -> record.get("dynamodb").get("Keys").get("Id").get("S").asText()).toList();
    }

    private static List<String> arnsOf(JsonNode listed) {
        List<String> arns = new ArrayList<>();
        listed.get("Streams").forEach(stream -> arns.add(stream.get("StreamArn").asText()));
        return arns;
    }

    private ObjectNode input() {
        return streams.json.createObjectNode();
    }

    private static void assertError(String code, String message, Executable call) {
        AwsServiceException error = assertThrows(AwsServiceException.class, call);
        assertEquals(code, error.errorCode());
        assertEquals(message, error.getMessage());
        assertEquals(400, error.httpStatus());
    }
}
