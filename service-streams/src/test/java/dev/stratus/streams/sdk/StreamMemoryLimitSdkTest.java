package dev.stratus.streams.sdk;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.stratus.testkit.StratusExtension;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.StreamViewType;
import software.amazon.awssdk.services.dynamodb.streams.DynamoDbStreamsClient;

/** Without a data directory, stream records held in memory stay within their limit, the oldest trimmed first. */
class StreamMemoryLimitSdkTest {

    private static final String PAYLOAD = "x".repeat(50_000);

    @RegisterExtension
    static final StratusExtension STRATUS = StratusExtension.builder()
            .setting("dynamodbstreams.memory-limit-mb", "1").withTestClock().build();

    private final DynamoDbClient dynamo = STRATUS.client(DynamoDbClient.class);
    private final DynamoDbStreamsClient streams = STRATUS.client(DynamoDbStreamsClient.class);

    @Test
    void pastTheLimitTheOldestRecordsOfAllStreamsAreTrimmedFirst() {
        String older = Tables.create(dynamo, "Older", StreamViewType.NEW_IMAGE).latestStreamArn();
        String newer = Tables.create(dynamo, "Newer", StreamViewType.NEW_IMAGE).latestStreamArn();
        for (int i = 0; i < 20; i++) {
            put("Older", "o" + i);
        }
        for (int i = 0; i < 20; i++) {
            put("Newer", "n" + i);
        }

        STRATUS.clock().advance(Duration.ofSeconds(1));

        assertEquals(List.of(), StreamReading.firstShard(streams, older));
        List<String> kept = StreamReading.firstShard(streams, newer).stream().map(StreamReading::id).toList();
        assertEquals("n19", kept.get(kept.size() - 1));
        assertTrue(kept.size() < 20 && kept.size() >= 10, kept::toString);
    }

    private void put(String table, String id) {
        dynamo.putItem(request -> request.tableName(table)
                .item(Map.of("Id", AttributeValue.fromS(id), "Payload", AttributeValue.fromS(PAYLOAD))));
        STRATUS.clock().advance(Duration.ofMillis(10));
    }
}
