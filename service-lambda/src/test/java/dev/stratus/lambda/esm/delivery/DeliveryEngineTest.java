package dev.stratus.lambda.esm.delivery;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.stratus.lambda.esm.filter.RecordFilter;
import dev.stratus.storage.memory.InMemoryStorage;
import dev.stratus.gateway.time.ClockScheduler;
import dev.stratus.testkit.TestClock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class DeliveryEngineTest {

    private static final String MAPPING = "mapping-1";

    private final ObjectMapper mapper = new ObjectMapper();
    private final TestClock clock = new TestClock(Instant.parse("2024-01-01T00:00:00Z"));
    private final ClockScheduler scheduler = new ClockScheduler(clock);
    private final FakeStream stream = new FakeStream(clock);
    private final RecordingFunction function = new RecordingFunction();
    private final InMemoryStorage storage = new InMemoryStorage();
    private final Checkpoints checkpoints = new Checkpoints(storage, mapper);
    private final Progress progress = new Progress();
    private final List<DeliveryEngine> engines = new ArrayList<>();
    private RetryBackoff backoff = new RetryBackoff(Duration.ZERO, Duration.ZERO);

    @AfterEach
    void stopEngines() {
        engines.forEach(DeliveryEngine::shutdown);
        scheduler.close();
    }

    @Test
    void deliversEachRecordOnceInOrderAsTheLambdaEvent() {
        DeliveryEngine engine = runWith(options -> options);
        for (int i = 0; i < 5; i++) {
            stream.put("k" + i, "v" + i);
        }

        await().until(() -> function.deliveredValues().size() == 5);
        assertEquals(List.of("v0", "v1", "v2", "v3", "v4"), function.deliveredValues());
        JsonNode record = function.events().get(0).path("Records").get(0);
        assertEquals(FakeStream.ARN, record.path("eventSourceARN").asText());
        assertEquals("INSERT", record.path("eventName").asText());
        assertEquals("k0", record.path("dynamodb").path("Keys").path("pk").path("S").asText());
        assertTrue(engine.running(MAPPING));
    }

    @Test
    void cutsBatchesAtTheBatchSize() {
        for (int i = 0; i < 7; i++) {
            stream.put("k" + i, "v" + i);
        }
        runWith(options -> batchSize(options, 3));

        await().until(() -> function.deliveredValues().size() == 7);
        assertEquals(List.of(3, 3, 1), function.batchSizes());
    }

    @Test
    void batchingWindowGathersRecordsIntoOneBatch() {
        runWith(options -> new DeliveryOptions(100, Duration.ofMillis(500), 1, -1, null, false, Duration.ZERO, false, 1,
                RecordFilter.acceptAll()));
        stream.put("a", "1");
        stream.put("b", "2");
        stream.put("c", "3");

        await().until(() -> {
            clock.advance(Duration.ofMillis(100));
            scheduler.runDue();
            return function.deliveredValues().size() == 3;
        });
        assertEquals(List.of(3), function.batchSizes());
    }

    @Test
    void filteredOutRecordsAreConsumedWithoutBeingDelivered() {
        runWith(options -> withFilter(options,
                RecordFilter.of(List.of("{\"dynamodb\":{\"NewImage\":{\"value\":{\"S\":[{\"prefix\":\"keep\"}]}}}}"))));
        stream.put("a", "drop-1");
        stream.put("b", "keep-1");
        String last = stream.put("c", "drop-2");

        await().until(() -> checkpoints.get(MAPPING, "shardId-0001").map(Checkpoint::sequenceNumber).orElse("").equals(last));
        assertEquals(List.of("keep-1"), function.deliveredValues());
    }

    @Test
    void aFailingBatchIsRetriedUntilItSucceedsAndBlocksTheShardMeanwhile() {
        int[] calls = {0};
        function.behaveAs(event -> ++calls[0] <= 2 ? RecordingFunction.error() : RecordingFunction.ok("null"));
        runWith(options -> batchSize(options, 1));
        stream.put("a", "first");
        stream.put("b", "second");

        await().until(() -> function.deliveredValues().size() == 4);
        assertEquals(List.of("first", "first", "first", "second"), function.deliveredValues());
        assertTrue(progress.results.containsAll(List.of("failed", "succeeded")));
        assertTrue(progress.discarded.isEmpty());
    }

    @Test
    void aBatchThatSpendsItsRetriesIsGivenUpWithItsInvocationRecord() {
        function.behaveAs(event -> event.toString().contains("poison") ? RecordingFunction.error() : RecordingFunction.ok("null"));
        runWith(options -> new DeliveryOptions(1, Duration.ZERO, 1, 2, null, false, Duration.ZERO, false,
                1, RecordFilter.acceptAll()));
        String poison = stream.put("a", "poison");
        stream.put("b", "after");

        await().until(() -> function.deliveredValues().contains("after"));
        assertEquals(List.of("poison", "poison", "poison", "after"), function.deliveredValues());
        ObjectNode record = progress.discarded.get(0);
        assertEquals("RetryAttemptsExhausted", record.path("requestContext").path("condition").asText());
        assertEquals(3, record.path("requestContext").path("approximateInvokeCount").asInt());
        assertEquals(RecordingFunction.ARN, record.path("requestContext").path("functionArn").asText());
        assertEquals("Unhandled", record.path("responseContext").path("functionError").asText());
        JsonNode info = record.path("DDBStreamBatchInfo");
        assertEquals("shardId-0001", info.path("shardId").asText());
        assertEquals(poison, info.path("startSequenceNumber").asText());
        assertEquals(poison, info.path("endSequenceNumber").asText());
        assertEquals(1, info.path("batchSize").asInt());
        assertEquals(FakeStream.ARN, info.path("streamArn").asText());
    }

    @Test
    void bisectionIsolatesTheRecordThatFails() {
        function.behaveAs(event -> event.toString().contains("poison") ? RecordingFunction.error() : RecordingFunction.ok("null"));
        for (String value : List.of("a", "b", "poison", "d")) {
            stream.put(value, value);
        }
        runWith(options -> new DeliveryOptions(4, Duration.ZERO, 1, 0, null, true, Duration.ZERO, false, 1,
                RecordFilter.acceptAll()));

        await().until(() -> progress.discarded.size() == 1 && function.deliveredValues().contains("d"));
        assertEquals(List.of(4, 2, 2, 1, 1), function.batchSizes());
        assertEquals(1, progress.discarded.get(0).path("DDBStreamBatchInfo").path("batchSize").asInt());
        assertEquals(List.of("a", "b", "d"), successfulValues());
    }

    @Test
    void reportedItemFailuresAreRetriedFromTheFirstFailedRecord() {
        String[] failOnce = {null};
        function.behaveAs(event -> {
            JsonNode records = event.path("Records");
            if (failOnce[0] == null && records.size() == 3) {
                failOnce[0] = records.get(1).path("dynamodb").path("SequenceNumber").asText();
                return RecordingFunction.ok("{\"batchItemFailures\":[{\"itemIdentifier\":\"" + failOnce[0] + "\"}]}");
            }
            return RecordingFunction.ok("{\"batchItemFailures\":[]}");
        });
        for (String value : List.of("a", "b", "c")) {
            stream.put(value, value);
        }
        runWith(options -> new DeliveryOptions(3, Duration.ZERO, 1, -1, null, false, Duration.ZERO, true, 1,
                RecordFilter.acceptAll()));

        await().until(() -> function.events().size() == 2);
        assertEquals(List.of("a", "b", "c", "b", "c"), function.deliveredValues());
    }

    @Test
    void anUnknownItemIdentifierFailsTheWholeBatch() {
        int[] calls = {0};
        function.behaveAs(event -> ++calls[0] == 1
                ? RecordingFunction.ok("{\"batchItemFailures\":[{\"itemIdentifier\":\"42\"}]}")
                : RecordingFunction.ok("{}"));
        stream.put("a", "a");
        stream.put("b", "b");
        runWith(options -> new DeliveryOptions(2, Duration.ZERO, 1, -1, null, false, Duration.ZERO, true, 1,
                RecordFilter.acceptAll()));

        await().until(() -> function.events().size() == 2);
        assertEquals(List.of("a", "b", "a", "b"), function.deliveredValues());
    }

    @Test
    void aBackOffCountsFromTheFailedInvokesStartSoTheClockMovedMeanwhileEndsIt() {
        backoff = new RetryBackoff(Duration.ofSeconds(10), Duration.ofSeconds(10));
        function.behaveAs(event -> {
            if (function.events().size() > 1) {
                return RecordingFunction.ok("null");
            }
            clock.advance(Duration.ofSeconds(10)); // as a test does once it sees the invoke
            return RecordingFunction.error();
        });
        runWith(options -> options);

        stream.put("a", "retried");

        await().until(() -> function.events().size() == 2);
        assertEquals(List.of("retried", "retried"), function.deliveredValues());
    }

    @Test
    void recordsOlderThanTheMaximumAgeAreGivenUp() {
        function.behaveAs(event -> RecordingFunction.error());
        runWith(options -> new DeliveryOptions(10, Duration.ZERO, 1, -1, Duration.ofSeconds(60), false, Duration.ZERO,
                false, 1, RecordFilter.acceptAll()));
        stream.put("a", "old");
        await().until(() -> function.events().size() >= 2);

        clock.advance(Duration.ofSeconds(61));

        await().until(() -> progress.discarded.size() == 1);
        assertEquals("RecordAgeExceeded", progress.discarded.get(0).path("requestContext").path("condition").asText());
        function.behaveAs(event -> RecordingFunction.ok("null"));
        stream.put("b", "fresh");
        await().until(() -> function.deliveredValues().contains("fresh"));
    }

    @Test
    void parallelBatchesKeepEachItemsRecordsInOrder() {
        Map<String, List<String>> seen = new ConcurrentHashMap<>();
        function.behaveAs(event -> {
            event.path("Records").forEach(record -> seen.computeIfAbsent(
                    record.path("dynamodb").path("Keys").path("pk").path("S").asText(), k -> new CopyOnWriteArrayList<>())
                    .add(record.path("dynamodb").path("NewImage").path("value").path("S").asText()));
            return RecordingFunction.ok("null");
        });
        for (int round = 0; round < 10; round++) {
            for (int key = 0; key < 8; key++) {
                stream.put("key-" + key, String.valueOf(round));
            }
        }
        runWith(options -> new DeliveryOptions(5, Duration.ZERO, 4, -1, null, false, Duration.ZERO, false, 1,
                RecordFilter.acceptAll()));

        await().until(() -> seen.values().stream().mapToInt(List::size).sum() == 80);
        List<String> inOrder = List.of("0", "1", "2", "3", "4", "5", "6", "7", "8", "9");
        seen.values().forEach(values -> assertEquals(inOrder, values));
    }

    @Test
    void tumblingWindowsCarryTheStateAndEndWithAFinalInvocation() {
        function.behaveAs(event -> {
            int count = event.path("state").path("count").asInt(0) + event.path("Records").size();
            return RecordingFunction.ok("{\"state\":{\"count\":" + count + "}}");
        });
        runWith(options -> new DeliveryOptions(1, Duration.ZERO, 1, -1, null, false, Duration.ofSeconds(30), false, 1,
                RecordFilter.acceptAll()));
        stream.put("a", "1");
        stream.put("b", "2");
        await().until(() -> function.events().size() == 2);

        clock.advance(Duration.ofSeconds(30));
        stream.put("c", "3");

        await().until(() -> function.events().size() == 4);
        List<JsonNode> events = function.events();
        assertEquals(1, events.get(1).path("state").path("count").asInt());
        assertEquals("2024-01-01T00:00:00Z", events.get(1).path("window").path("start").asText());
        assertEquals("2024-01-01T00:00:30Z", events.get(1).path("window").path("end").asText());
        assertEquals("shardId-0001", events.get(1).path("shardId").asText());
        assertFalse(events.get(1).path("isFinalInvokeForWindow").asBoolean());
        JsonNode last = events.get(2);
        assertTrue(last.path("isFinalInvokeForWindow").asBoolean());
        assertTrue(last.path("Records").isEmpty());
        assertEquals(2, last.path("state").path("count").asInt());
        assertTrue(events.get(3).path("state").isEmpty());
        assertEquals("2024-01-01T00:00:30Z", events.get(3).path("window").path("start").asText());
    }

    @Test
    void aClosedShardIsFinishedBeforeItsChildStarts() {
        runWith(options -> options);
        stream.put("a", "parent-1");
        stream.rollOver("shardId-0002");
        stream.put("a", "child-1");
        stream.put("a", "child-2");

        await().until(() -> function.deliveredValues().size() == 3);
        assertEquals(List.of("parent-1", "child-1", "child-2"), function.deliveredValues());
        await().until(() -> checkpoints.get(MAPPING, "shardId-0001").map(Checkpoint::shardEnded).orElse(false));
    }

    @Test
    void aNewRunResumesAfterTheLastCheckpoint() {
        DeliveryEngine first = runWith(options -> options);
        stream.put("a", "before");
        await().until(() -> checkpoints.get(MAPPING, "shardId-0001").isPresent());
        first.stop(MAPPING).join();
        stream.put("b", "while-stopped");

        runWith(options -> options);

        await().until(() -> function.deliveredValues().size() == 2);
        assertEquals(List.of("before", "while-stopped"), function.deliveredValues());
    }

    @Test
    void startingAtLatestSkipsTheRecordsAlreadyInTheStream() {
        stream.put("a", "old");
        DeliveryEngine engine = newEngine();
        engine.startAtLatest(MAPPING, FakeStream.ARN);
        engine.run(subscription(defaults()));
        stream.put("b", "new");

        await().until(() -> function.deliveredValues().size() == 1);
        assertEquals(List.of("new"), function.deliveredValues());
    }

    @Test
    void aStoppedMappingNoLongerDeliversNorListens() {
        DeliveryEngine engine = runWith(options -> options);
        await().until(() -> stream.consumerCount() == 1);

        engine.stop(MAPPING).join();
        stream.put("a", "ignored");

        assertEquals(0, stream.consumerCount());
        assertFalse(engine.running(MAPPING));
        assertTrue(function.events().isEmpty());
    }

    private List<String> successfulValues() {
        List<String> values = new ArrayList<>();
        for (JsonNode event : function.events()) {
            if (!event.toString().contains("poison")) {
                event.path("Records").forEach(r -> values.add(r.path("dynamodb").path("NewImage").path("value").path("S").asText()));
            }
        }
        return values;
    }

    private DeliveryEngine runWith(UnaryOperator<DeliveryOptions> options) {
        DeliveryEngine engine = newEngine();
        engine.run(subscription(options.apply(defaults())));
        return engine;
    }

    private DeliveryEngine newEngine() {
        DeliveryEngine engine = new DeliveryEngine(new EventSources(Set.of(stream)), function, checkpoints, progress, clock, mapper,
                backoff, scheduler);
        engines.add(engine);
        return engine;
    }

    private static Subscription subscription(DeliveryOptions options) {
        return new Subscription(MAPPING, FakeStream.ARN, RecordingFunction.ARN, options);
    }

    private static DeliveryOptions defaults() {
        return new DeliveryOptions(100, Duration.ZERO, 1, -1, null, false, Duration.ZERO, false, 1,
                RecordFilter.acceptAll());
    }

    private static DeliveryOptions batchSize(DeliveryOptions o, int size) {
        return new DeliveryOptions(size, o.batchingWindow(), o.parallelizationFactor(), o.maximumRetryAttempts(),
                o.maximumRecordAge(), o.bisectOnError(), o.tumblingWindow(), o.reportBatchItemFailures(),
                o.maximumConcurrency(), o.filter());
    }

    private static DeliveryOptions withFilter(DeliveryOptions o, RecordFilter filter) {
        return new DeliveryOptions(o.batchSize(), o.batchingWindow(), o.parallelizationFactor(), o.maximumRetryAttempts(),
                o.maximumRecordAge(), o.bisectOnError(), o.tumblingWindow(), o.reportBatchItemFailures(),
                o.maximumConcurrency(), filter);
    }

    /** What the engine reported. */
    private static final class Progress implements DeliveryListener {
        final List<String> results = new CopyOnWriteArrayList<>();
        final List<ObjectNode> discarded = new CopyOnWriteArrayList<>();

        @Override
        public void batchSucceeded(String mappingUuid) {
            results.add("succeeded");
        }

        @Override
        public void batchFailed(String mappingUuid) {
            results.add("failed");
        }

        @Override
        public void batchDiscarded(String mappingUuid, ObjectNode invocationRecord) {
            discarded.add(invocationRecord);
        }
    }
}
