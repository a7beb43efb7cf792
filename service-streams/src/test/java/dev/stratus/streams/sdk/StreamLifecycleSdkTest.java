package dev.stratus.streams.sdk;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.stratus.testkit.StratusExtension;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.KeyType;
import software.amazon.awssdk.services.dynamodb.model.Shard;
import software.amazon.awssdk.services.dynamodb.model.Stream;
import software.amazon.awssdk.services.dynamodb.model.StreamDescription;
import software.amazon.awssdk.services.dynamodb.model.StreamStatus;
import software.amazon.awssdk.services.dynamodb.model.StreamViewType;
import software.amazon.awssdk.services.dynamodb.model.TableDescription;
import software.amazon.awssdk.services.dynamodb.streams.DynamoDbStreamsClient;

class StreamLifecycleSdkTest {

    @RegisterExtension
    static final StratusExtension STRATUS = new StratusExtension();

    @Test
    void createTableWithAStreamSpecificationMakesAStream(DynamoDbClient dynamo, DynamoDbStreamsClient streams) {
        TableDescription table = Tables.create(dynamo, "Created", StreamViewType.NEW_AND_OLD_IMAGES);

        StreamDescription stream = describe(streams, table.latestStreamArn());

        assertTrue(table.latestStreamLabel().matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\.\\d{3}"));
        assertEquals("arn:aws:dynamodb:us-east-1:" + STRATUS.accountId() + ":table/Created/stream/"
                + table.latestStreamLabel(), table.latestStreamArn());
        assertEquals(table.latestStreamLabel(), stream.streamLabel());
        assertEquals(StreamStatus.ENABLED, stream.streamStatus());
        assertEquals(StreamViewType.NEW_AND_OLD_IMAGES, stream.streamViewType());
        assertEquals("Created", stream.tableName());
        assertEquals("Id", stream.keySchema().get(0).attributeName());
        assertEquals(KeyType.HASH, stream.keySchema().get(0).keyType());
        assertTrue(Duration.between(stream.creationRequestDateTime(), Instant.now()).abs().toMinutes() < 5);
        Shard shard = stream.shards().get(0);
        assertTrue(shard.shardId().matches("shardId-\\d{20}-[0-9a-f]{8}"), shard.shardId());
        assertNotNull(shard.sequenceNumberRange().startingSequenceNumber());
        assertEquals(null, shard.sequenceNumberRange().endingSequenceNumber());
        assertEquals(null, shard.parentShardId());
    }

    @Test
    void aTableWithoutAStreamListsNone(DynamoDbClient dynamo, DynamoDbStreamsClient streams) {
        Tables.create(dynamo, "Plain", null);

        assertEquals(List.of(), streams.listStreams(request -> request.tableName("Plain")).streams());
    }

    @Test
    void disablingTheStreamLeavesItListedAndDisabled(DynamoDbClient dynamo, DynamoDbStreamsClient streams) {
        String arn = Tables.create(dynamo, "Disabled", StreamViewType.KEYS_ONLY).latestStreamArn();

        Tables.disableStream(dynamo, "Disabled");

        StreamDescription stream = describe(streams, arn);
        assertEquals(StreamStatus.DISABLED, stream.streamStatus());
        assertNotNull(stream.shards().get(0).sequenceNumberRange().endingSequenceNumber());
        assertEquals(List.of(arn), arns(streams, "Disabled"));
    }

    @Test
    void enablingAgainMakesANewStream(DynamoDbClient dynamo, DynamoDbStreamsClient streams) {
        String first = Tables.create(dynamo, "Again", StreamViewType.KEYS_ONLY).latestStreamArn();
        Tables.disableStream(dynamo, "Again");

        String second = Tables.enableStream(dynamo, "Again", StreamViewType.NEW_IMAGE);

        assertNotEquals(first, second);
        assertEquals(List.of(first, second), arns(streams, "Again"));
        assertEquals(StreamStatus.DISABLED, describe(streams, first).streamStatus());
        assertEquals(StreamStatus.ENABLED, describe(streams, second).streamStatus());
        assertEquals(StreamViewType.NEW_IMAGE, describe(streams, second).streamViewType());
    }

    @Test
    void deletingTheTableDisablesItsStream(DynamoDbClient dynamo, DynamoDbStreamsClient streams) {
        String arn = Tables.create(dynamo, "Deleted", StreamViewType.KEYS_ONLY).latestStreamArn();

        dynamo.deleteTable(request -> request.tableName("Deleted"));

        assertEquals(StreamStatus.DISABLED, describe(streams, arn).streamStatus());
        assertEquals(List.of(arn), arns(streams, "Deleted"));
    }

    private static StreamDescription describe(DynamoDbStreamsClient streams, String arn) {
        return streams.describeStream(request -> request.streamArn(arn)).streamDescription();
    }

    private static List<String> arns(DynamoDbStreamsClient streams, String table) {
        return streams.listStreams(request -> request.tableName(table)).streams().stream()
                .map(Stream::streamArn).toList();
    }
}
