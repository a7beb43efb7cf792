package dev.stratus.lambda.esm.it;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.stratus.lambda.esm.EventSourceMappings;
import dev.stratus.testkit.StratusExtension;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.streams.DynamoDbStreamsClient;
import software.amazon.awssdk.services.dynamodb.model.Shard;
import software.amazon.awssdk.services.lambda.LambdaClient;
import software.amazon.awssdk.services.lambda.model.CreateEventSourceMappingRequest;
import software.amazon.awssdk.services.lambda.model.EventSourcePosition;

/** Delivery where time matters (batching window, record age, shard rollover), on a server whose clock the test moves. */
class StreamDeliveryOverTimeTest {

    // The functions record what they were given in files of the test's folder, which only a plain process sees.
    @RegisterExtension
    static StratusExtension stratus = StratusExtension.builder()
            .setting("lambda.isolation", "process")
            .setting("lambda.esm.retry-backoff", "0s")
            .setting("lambda.esm.max-retry-backoff", "0s")
            .setting("dynamodbstreams.shard-rollover", "1h")
            .withTestClock()
            .build();

    @TempDir
    Path files;

    @Test
    void aBatchingWindowEndsWhenTheClockReachesItNotAfterRealTime() {
        Path events = files.resolve("windowed.jsonl");
        mapFromLatest("Windowed", "ok", events, b -> b.batchSize(10).maximumBatchingWindowInSeconds(60));
        StreamFunctions.put(dynamo(), "Windowed", "a", "1");
        StreamFunctions.put(dynamo(), "Windowed", "b", "2");

        stratus.clock().advance(Duration.ofSeconds(60));

        await().atMost(Duration.ofSeconds(10)).until(() -> StreamFunctions.values(events).size() == 2);
        assertEquals(List.of(2), StreamFunctions.batchSizes(events));
        assertEquals(List.of("1", "2"), StreamFunctions.values(events));
    }

    @Test
    void recordsOlderThanTheMaximumRecordAgeAreGivenUp() {
        Path events = files.resolve("aging.jsonl");
        String uuid = mapFromLatest("Aging", "fail-on-poison", events, b -> b.maximumRecordAgeInSeconds(60));
        StreamFunctions.put(dynamo(), "Aging", "a", "poison");
        await().until(() -> StreamFunctions.events(events).size() >= 2);

        stratus.clock().advance(Duration.ofSeconds(61));

        await().until(() -> mappings().failedBatches(uuid).size() == 1);
        assertEquals("RecordAgeExceeded",
                mappings().failedBatches(uuid).get(0).path("requestContext").path("condition").asText());
        StreamFunctions.put(dynamo(), "Aging", "b", "fine");
        await().until(() -> StreamFunctions.values(events).contains("fine"));
    }

    @Test
    void aShardRolloverIsFollowedFromParentToChildWithNothingLostOrRepeated() {
        String stream = StreamFunctions.tableWithStream(dynamo(), "Rolling");
        Path events = files.resolve("rolling.jsonl");
        StreamFunctions.recordingFunction(lambda(), "rolling-fn", "ok", events);
        lambda().createEventSourceMapping(b -> b.functionName("rolling-fn").eventSourceArn(stream)
                .startingPosition(EventSourcePosition.LATEST).batchSize(1));
        StreamFunctions.put(dynamo(), "Rolling", "item", "1");
        StreamFunctions.put(dynamo(), "Rolling", "item", "2");

        stratus.clock().advance(Duration.ofHours(2));
        StreamFunctions.put(dynamo(), "Rolling", "item", "3");
        StreamFunctions.put(dynamo(), "Rolling", "item", "4");

        await().until(() -> StreamFunctions.values(events).size() >= 4);
        assertEquals(List.of("1", "2", "3", "4"), StreamFunctions.values(events));
        List<Shard> shards = stratus.client(DynamoDbStreamsClient.class)
                .describeStream(b -> b.streamArn(stream)).streamDescription().shards();
        assertTrue(shards.size() >= 2, "shards " + shards);
    }

    /** A table with a stream, a function recording to {@code events} and a mapping from LATEST; returns its UUID. */
    private static String mapFromLatest(String table, String mode, Path events,
                                        Consumer<CreateEventSourceMappingRequest.Builder> options) {
        String stream = StreamFunctions.tableWithStream(dynamo(), table);
        String function = table.toLowerCase(Locale.ROOT) + "-fn";
        StreamFunctions.recordingFunction(lambda(), function, mode, events);
        return lambda().createEventSourceMapping(b -> options.accept(b.functionName(function).eventSourceArn(stream)
                .startingPosition(EventSourcePosition.LATEST))).uuid();
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
}
