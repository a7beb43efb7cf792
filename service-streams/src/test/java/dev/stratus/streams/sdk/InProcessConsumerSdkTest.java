package dev.stratus.streams.sdk;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import dev.stratus.streams.api.ShardInfo;
import dev.stratus.streams.api.ShardPosition;
import dev.stratus.streams.api.StreamConsumer;
import dev.stratus.streams.api.StreamConsumerRegistry;
import dev.stratus.streams.api.StreamReader;
import dev.stratus.streams.api.StreamRecord;
import dev.stratus.testkit.StratusExtension;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.StreamViewType;

/** The in-process API the Lambda event source mappings use, on a running server. */
class InProcessConsumerSdkTest {

    @RegisterExtension
    static final StratusExtension STRATUS = new StratusExtension();

    private final DynamoDbClient dynamo = STRATUS.client(DynamoDbClient.class);

    @Test
    void theReaderAndTheRegistryAreSingletons() {
        assertSame(STRATUS.server().instance(StreamReader.class), STRATUS.server().instance(StreamReader.class));
        assertSame(STRATUS.server().instance(StreamConsumerRegistry.class),
                STRATUS.server().instance(StreamConsumerRegistry.class));
    }

    @Test
    void aRegisteredConsumerIsWokenByAPutAndReadsTheRecordInProcess() {
        String arn = Tables.create(dynamo, "Woken", StreamViewType.NEW_IMAGE).latestStreamArn();
        StreamReader reader = STRATUS.server().instance(StreamReader.class);
        List<StreamRecord> delivered = new CopyOnWriteArrayList<>();
        StreamConsumer consumer = (streamArn, shardId) -> delivered.addAll(
                reader.read(streamArn, shardId, new ShardPosition.TrimHorizon(), 100).records());

        try (StreamConsumerRegistry.Registration registration =
                     STRATUS.server().instance(StreamConsumerRegistry.class).register(arn, consumer)) {
            dynamo.putItem(request -> request.tableName("Woken").item(Map.of("Id", AttributeValue.fromS("a"))));

            await().atMost(Duration.ofSeconds(5)).until(() -> !delivered.isEmpty());
        }
        assertEquals("a", delivered.get(0).record().get("dynamodb").get("NewImage").get("Id").get("S").asText());
        assertEquals("Woken", reader.describe(arn).orElseThrow().tableName());
        List<ShardInfo> shards = reader.shards(arn);
        assertEquals(1, shards.size());
    }
}
