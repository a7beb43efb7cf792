package dev.stratus.lambda.esm.it;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.stratus.lambda.esm.EventSourceMappings;
import dev.stratus.testkit.StratusExtension;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.lambda.LambdaClient;
import software.amazon.awssdk.services.lambda.model.CreateEventSourceMappingRequest;
import software.amazon.awssdk.services.lambda.model.EventSourcePosition;
import software.amazon.awssdk.services.lambda.model.FunctionResponseType;
import software.amazon.awssdk.services.sqs.SqsClient;
import software.amazon.awssdk.services.sqs.model.Message;
import software.amazon.awssdk.services.sqs.model.QueueAttributeName;

/** DynamoDB stream records delivered to real Node.js functions, option by option, as AWS delivers them. */
class StreamDeliveryTest {

    // The functions record what they were given in files of the test's folder, which only a plain process sees.
    @RegisterExtension
    static StratusExtension stratus = StratusExtension.builder()
            .setting("lambda.isolation", "process")
            .setting("lambda.esm.retry-backoff", "20ms")
            .setting("lambda.esm.max-retry-backoff", "100ms")
            .build();

    @TempDir
    Path files;

    @Test
    void recordsReachTheFunctionAsTheLambdaEventForDynamoDbStreams() {
        Setup setup = setup("Format", "ok");
        map(setup, b -> b.startingPosition(EventSourcePosition.LATEST));

        put(setup, "order-1", "new");
        dynamo().updateItem(b -> b.tableName(setup.table()).key(Map.of("pk", AttributeValue.fromS("order-1")))
                .updateExpression("SET #v = :v").expressionAttributeNames(Map.of("#v", "value"))
                .expressionAttributeValues(Map.of(":v", AttributeValue.fromS("changed"))));

        await().until(() -> StreamFunctions.values(setup.events()).size() == 2);
        List<JsonNode> records = records(setup);
        JsonNode insert = records.get(0);
        assertEquals("INSERT", insert.path("eventName").asText());
        assertEquals("1.1", insert.path("eventVersion").asText());
        assertEquals("aws:dynamodb", insert.path("eventSource").asText());
        assertEquals("us-east-1", insert.path("awsRegion").asText());
        assertEquals(setup.streamArn(), insert.path("eventSourceARN").asText());
        assertFalse(insert.path("eventID").asText().isEmpty());
        JsonNode dynamodb = insert.path("dynamodb");
        assertEquals("order-1", dynamodb.path("Keys").path("pk").path("S").asText());
        assertEquals("new", dynamodb.path("NewImage").path("value").path("S").asText());
        assertTrue(dynamodb.path("ApproximateCreationDateTime").isNumber());
        assertFalse(dynamodb.path("SequenceNumber").asText().isEmpty());
        assertTrue(dynamodb.path("SizeBytes").asInt() > 0);
        assertEquals("NEW_AND_OLD_IMAGES", dynamodb.path("StreamViewType").asText());
        JsonNode modify = records.get(1);
        assertEquals("MODIFY", modify.path("eventName").asText());
        assertEquals("new", modify.path("dynamodb").path("OldImage").path("value").path("S").asText());
        assertEquals("changed", modify.path("dynamodb").path("NewImage").path("value").path("S").asText());
    }

    @Test
    void batchesHoldAtMostBatchSizeRecordsInOrder() {
        Setup setup = setup("BatchSize", "ok");
        for (int i = 1; i <= 5; i++) {
            put(setup, "k" + i, "v" + i);
        }

        map(setup, b -> b.startingPosition(EventSourcePosition.TRIM_HORIZON).batchSize(2));

        await().until(() -> StreamFunctions.values(setup.events()).size() == 5);
        assertEquals(List.of("v1", "v2", "v3", "v4", "v5"), StreamFunctions.values(setup.events()));
        assertEquals(List.of(2, 2, 1), StreamFunctions.batchSizes(setup.events()));
    }

    @Test
    void theBatchingWindowGathersRecordsIntoOneInvocation() {
        Setup setup = setup("Window", "ok");
        map(setup, b -> b.startingPosition(EventSourcePosition.LATEST).maximumBatchingWindowInSeconds(2));

        put(setup, "a", "1");
        put(setup, "b", "2");
        put(setup, "c", "3");

        await().until(() -> StreamFunctions.values(setup.events()).size() == 3);
        assertEquals(List.of(3), StreamFunctions.batchSizes(setup.events()));
    }

    @Test
    void eachFilterKindDeliversOnlyTheRecordsItMatches() {
        Setup setup = setup("Filters", "ok");
        put(setup, "k1", "apple");
        put(setup, "k2", "banana");
        put(setup, "k3", "APPLE");
        dynamo().putItem(b -> b.tableName(setup.table()).item(Map.of("pk", AttributeValue.fromS("k4"),
                "value", AttributeValue.fromS("cherry"), "extra", AttributeValue.fromS("yes"))));
        put(setup, "k5", "date-" + "d".repeat(200));
        put(setup, "sentinel", "sentinel");
        String value = "{\"dynamodb\":{\"NewImage\":{\"value\":{\"S\":[%s]}}}}";
        Map<String, List<String>> cases = new LinkedHashMap<>();
        cases.put(value.formatted("\"banana\""), List.of("banana"));
        cases.put(value.formatted("{\"prefix\":\"ch\"}"), List.of("cherry"));
        cases.put(value.formatted("{\"suffix\":\"ana\"}"), List.of("banana"));
        cases.put(value.formatted("{\"anything-but\":[\"apple\",\"banana\",\"sentinel\"]}"),
                List.of("APPLE", "cherry", "date-" + "d".repeat(200)));
        cases.put(value.formatted("{\"equals-ignore-case\":\"apple\"}"), List.of("apple", "APPLE"));
        cases.put("{\"dynamodb\":{\"SizeBytes\":[{\"numeric\":[\">\",150]}]}}", List.of("date-" + "d".repeat(200)));
        cases.put("{\"dynamodb\":{\"NewImage\":{\"extra\":{\"S\":[{\"exists\":true}]}}}}", List.of("cherry"));
        cases.put("{\"$or\":[" + value.formatted("{\"prefix\":\"ban\"}") + ",{\"dynamodb\":{\"NewImage\":{\"extra\":{\"S\":[{\"exists\":true}]}}}}]}",
                List.of("banana", "cherry"));
        String sentinel = "{\"dynamodb\":{\"Keys\":{\"pk\":{\"S\":[\"sentinel\"]}}}}";

        int n = 0;
        Map<Path, List<String>> expected = new HashMap<>();
        for (Map.Entry<String, List<String>> filter : cases.entrySet()) {
            Path events = files.resolve("filter-" + n + ".jsonl");
            StreamFunctions.recordingFunction(lambda(), "filter-" + n++, "ok", events);
            String name = "filter-" + (n - 1);
            lambda().createEventSourceMapping(b -> b.functionName(name).eventSourceArn(setup.streamArn())
                    .startingPosition(EventSourcePosition.TRIM_HORIZON)
                    .filterCriteria(f -> f.filters(p -> p.pattern(filter.getKey()), p -> p.pattern(sentinel))));
            List<String> values = new ArrayList<>(filter.getValue());
            values.add("sentinel");
            expected.put(events, values);
        }

        expected.forEach((events, values) -> {
            await().until(() -> StreamFunctions.values(events).contains("sentinel"));
            assertEquals(values, StreamFunctions.values(events));
        });
    }

    @Test
    void aBatchThatSpendsItsRetriesGoesToTheOnFailureQueueAndTheShardMovesOn() throws Exception {
        Setup setup = setup("Retries", "fail-on-poison");
        SqsClient sqs = stratus.client(SqsClient.class);
        String queueUrl = sqs.createQueue(b -> b.queueName("failed")).queueUrl();
        String queueArn = sqs.getQueueAttributes(b -> b.queueUrl(queueUrl).attributeNames(QueueAttributeName.QUEUE_ARN))
                .attributes().get(QueueAttributeName.QUEUE_ARN);
        String uuid = map(setup, b -> b.startingPosition(EventSourcePosition.LATEST).batchSize(1).maximumRetryAttempts(2)
                .destinationConfig(d -> d.onFailure(f -> f.destination(queueArn))));

        put(setup, "a", "poison");
        put(setup, "b", "fine");

        await().until(() -> StreamFunctions.values(setup.events()).contains("fine"));
        assertEquals(List.of("poison", "poison", "poison", "fine"), StreamFunctions.values(setup.events()));
        List<Message> givenUp = sqs.receiveMessage(b -> b.queueUrl(queueUrl).waitTimeSeconds(10)).messages();
        assertEquals(1, givenUp.size());
        JsonNode record = new ObjectMapper().readTree(givenUp.get(0).body());
        assertEquals("RetryAttemptsExhausted", record.path("requestContext").path("condition").asText());
        assertEquals(3, record.path("requestContext").path("approximateInvokeCount").asInt());
        assertEquals(setup.streamArn(), record.path("DDBStreamBatchInfo").path("streamArn").asText());
        assertTrue(mappings().failedBatches(uuid).isEmpty());
    }

    @Test
    void aFailingBatchBlocksItsShardAndReportsTheProblem() {
        Setup setup = setup("Blocked", "fail-on-poison");
        String uuid = map(setup, b -> b.startingPosition(EventSourcePosition.LATEST).batchSize(1));

        put(setup, "a", "poison");
        put(setup, "b", "waiting");

        await().until(() -> StreamFunctions.values(setup.events()).size() >= 3);
        assertEquals("PROBLEM: Function call failed", lambda().getEventSourceMapping(b -> b.uuid(uuid)).lastProcessingResult());
        assertFalse(StreamFunctions.values(setup.events()).contains("waiting"));
        lambda().deleteEventSourceMapping(b -> b.uuid(uuid));
    }

    @Test
    void bisectionIsolatesTheFailingRecord() {
        Setup setup = setup("Bisect", "fail-on-poison");
        for (String value : List.of("a", "b", "poison", "d")) {
            put(setup, value, value);
        }

        String uuid = map(setup, b -> b.startingPosition(EventSourcePosition.TRIM_HORIZON).batchSize(4)
                .bisectBatchOnFunctionError(true).maximumRetryAttempts(0));

        await().until(() -> mappings().failedBatches(uuid).size() == 1
                && StreamFunctions.batchSizes(setup.events()).size() >= 5);
        assertEquals(List.of(4, 2, 2, 1, 1), StreamFunctions.batchSizes(setup.events()));
        assertEquals(1, mappings().failedBatches(uuid).get(0).path("DDBStreamBatchInfo").path("batchSize").asInt());
    }

    @Test
    void reportedBatchItemFailuresAreRetriedFromTheFirstFailedRecord() {
        Setup setup = setup("Partial", "report-first-poison");
        for (String value : List.of("a", "flaky", "c")) {
            put(setup, value, value);
        }

        map(setup, b -> b.startingPosition(EventSourcePosition.TRIM_HORIZON).batchSize(3)
                .functionResponseTypes(FunctionResponseType.REPORT_BATCH_ITEM_FAILURES));

        await().until(() -> StreamFunctions.events(setup.events()).size() == 2);
        assertEquals(List.of("a", "flaky", "c", "flaky", "c"), StreamFunctions.values(setup.events()));
    }

    @Test
    void parallelBatchesKeepEachItemsChangesInOrder() {
        Setup setup = setup("Parallel", "ok");
        for (int round = 0; round < 5; round++) {
            for (int key = 0; key < 6; key++) {
                put(setup, "key-" + key, "key-" + key + "#" + round);
            }
        }

        map(setup, b -> b.startingPosition(EventSourcePosition.TRIM_HORIZON).batchSize(2).parallelizationFactor(4));

        await().until(() -> StreamFunctions.values(setup.events()).size() == 30);
        Map<String, List<String>> perKey = new HashMap<>();
        for (String value : StreamFunctions.values(setup.events())) {
            perKey.computeIfAbsent(value.substring(0, value.indexOf('#')), k -> new ArrayList<>()).add(value);
        }
        perKey.forEach((key, values) -> assertEquals(
                List.of(key + "#0", key + "#1", key + "#2", key + "#3", key + "#4"), values));
    }

    @Test
    void tumblingWindowsHandTheStateOnAndEndWithAFinalInvocation() {
        Setup setup = setup("Tumbling", "count");
        map(setup, b -> b.startingPosition(EventSourcePosition.LATEST).batchSize(1).tumblingWindowInSeconds(3));
        await().pollInterval(Duration.ofMillis(10)).until(() -> System.currentTimeMillis() % 3000 < 1000);

        put(setup, "a", "1");
        put(setup, "b", "2");

        await().atMost(Duration.ofSeconds(10)).until(() -> StreamFunctions.events(setup.events()).size() == 3);
        List<JsonNode> events = StreamFunctions.events(setup.events());
        assertEquals(0, events.get(0).path("state").path("count").asInt());
        assertEquals(1, events.get(1).path("state").path("count").asInt());
        assertFalse(events.get(1).path("isFinalInvokeForWindow").asBoolean());
        JsonNode last = events.get(2);
        assertTrue(last.path("isFinalInvokeForWindow").asBoolean());
        assertFalse(last.path("isWindowTerminatedEarly").asBoolean());
        assertEquals(2, last.path("state").path("count").asInt());
        assertEquals(0, last.path("Records").size());
        assertEquals(events.get(0).path("window"), last.path("window"));
        assertEquals(setup.streamArn(), last.path("eventSourceARN").asText());
        assertTrue(last.path("shardId").asText().startsWith("shardId-"));
    }

    @Test
    void disablingStopsDeliveryAndEnablingResumesFromTheCheckpoint() {
        Setup setup = setup("Toggle", "ok");
        String uuid = map(setup, b -> b.startingPosition(EventSourcePosition.LATEST));
        put(setup, "a", "before");
        await().until(() -> StreamFunctions.values(setup.events()).size() == 1);

        lambda().updateEventSourceMapping(b -> b.uuid(uuid).enabled(false));
        put(setup, "b", "while-disabled");
        assertEquals("Disabled", lambda().getEventSourceMapping(b -> b.uuid(uuid)).state());
        lambda().updateEventSourceMapping(b -> b.uuid(uuid).enabled(true));

        await().until(() -> StreamFunctions.values(setup.events()).size() == 2);
        assertEquals(List.of("before", "while-disabled"), StreamFunctions.values(setup.events()));
    }

    @Test
    void anUpdateTakesEffectOnTheFollowingRecords() {
        Setup setup = setup("Update", "ok");
        String uuid = map(setup, b -> b.startingPosition(EventSourcePosition.LATEST)
                .filterCriteria(f -> f.filters(p -> p.pattern("{\"dynamodb\":{\"NewImage\":{\"value\":{\"S\":[{\"prefix\":\"keep\"}]}}}}"))));
        put(setup, "a", "drop-1");
        put(setup, "b", "keep-1");
        await().until(() -> StreamFunctions.values(setup.events()).contains("keep-1"));

        lambda().updateEventSourceMapping(b -> b.uuid(uuid).filterCriteria(f -> f.filters(List.of())));
        put(setup, "c", "drop-2");

        await().until(() -> StreamFunctions.values(setup.events()).contains("drop-2"));
        assertEquals(List.of("keep-1", "drop-2"), StreamFunctions.values(setup.events()));
    }

    @Test
    void aDeletedMappingDeliversNoMore() {
        Setup setup = setup("Delete", "ok");
        String uuid = map(setup, b -> b.startingPosition(EventSourcePosition.LATEST));
        Path witnessEvents = files.resolve("witness.jsonl");
        StreamFunctions.recordingFunction(lambda(), "Delete-witness", "ok", witnessEvents);
        lambda().createEventSourceMapping(b -> b.functionName("Delete-witness").eventSourceArn(setup.streamArn())
                .startingPosition(EventSourcePosition.LATEST));

        lambda().deleteEventSourceMapping(b -> b.uuid(uuid));
        put(setup, "a", "after-delete");
        put(setup, "b", "later");

        await().until(() -> StreamFunctions.values(witnessEvents).contains("later"));
        assertTrue(StreamFunctions.values(setup.events()).isEmpty());
    }

    @Test
    void aTableDeletedAndCreatedAgainDoesNotReviveItsOldMappings() {
        Setup setup = setup("Recreated", "ok");
        String uuid = map(setup, b -> b.startingPosition(EventSourcePosition.LATEST));
        dynamo().deleteTable(b -> b.tableName(setup.table()));
        String newStream = StreamFunctions.tableWithStream(dynamo(), setup.table());
        Path newEvents = files.resolve("recreated-new.jsonl");
        StreamFunctions.recordingFunction(lambda(), "Recreated-new", "ok", newEvents);
        lambda().createEventSourceMapping(b -> b.functionName("Recreated-new").eventSourceArn(newStream)
                .startingPosition(EventSourcePosition.LATEST));

        put(setup, "a", "in-the-new-table");

        await().until(() -> StreamFunctions.values(newEvents).contains("in-the-new-table"));
        assertTrue(StreamFunctions.values(setup.events()).isEmpty());
        assertFalse(newStream.equals(setup.streamArn()));
        assertEquals(setup.streamArn(), lambda().getEventSourceMapping(b -> b.uuid(uuid)).eventSourceArn());
    }

    private List<JsonNode> records(Setup setup) {
        List<JsonNode> records = new ArrayList<>();
        StreamFunctions.events(setup.events()).forEach(event -> event.path("Records").forEach(records::add));
        return records;
    }

    private Setup setup(String name, String mode) {
        String streamArn = StreamFunctions.tableWithStream(dynamo(), name);
        Path events = files.resolve(name + ".jsonl");
        StreamFunctions.recordingFunction(lambda(), name + "-fn", mode, events);
        return new Setup(name, streamArn, name + "-fn", events);
    }

    private String map(Setup setup, Consumer<CreateEventSourceMappingRequest.Builder> options) {
        return lambda().createEventSourceMapping(b -> {
            b.functionName(setup.function()).eventSourceArn(setup.streamArn());
            options.accept(b);
        }).uuid();
    }

    private void put(Setup setup, String key, String value) {
        StreamFunctions.put(dynamo(), setup.table(), key, value);
    }

    private static EventSourceMappings mappings() {
        return stratus.server().instance(EventSourceMappings.class);
    }

    private static DynamoDbClient dynamo() {
        return stratus.client(DynamoDbClient.class);
    }

    private static LambdaClient lambda() {
        return stratus.client(LambdaClient.class);
    }

    private record Setup(String table, String streamArn, String function, Path events) {
    }
}
