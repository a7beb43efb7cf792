package dev.stratus.streams.sdk;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.stratus.testkit.StratusExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.function.Executable;
import software.amazon.awssdk.awscore.exception.AwsServiceException;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.ShardIteratorType;
import software.amazon.awssdk.services.dynamodb.model.StreamViewType;
import software.amazon.awssdk.services.dynamodb.streams.DynamoDbStreamsClient;

/** Mistakes answered with AWS's error codes and words, through the SDK. */
class StreamErrorsSdkTest {

    @RegisterExtension
    static final StratusExtension STRATUS = new StratusExtension();

    private final DynamoDbClient dynamo = STRATUS.client(DynamoDbClient.class);
    private final DynamoDbStreamsClient streams = STRATUS.client(DynamoDbStreamsClient.class);

    @Test
    void anUnknownStreamIsNotFound() {
        String arn = "arn:aws:dynamodb:us-east-1:" + STRATUS.accountId() + ":table/Nope/stream/2026-01-01T00:00:00.000";

        assertError(400, "ResourceNotFoundException", "Requested resource not found: Stream: " + arn + " not found",
                () -> streams.describeStream(request -> request.streamArn(arn)));
    }

    @Test
    void anUnknownShardIsNotFound() {
        String arn = Tables.create(dynamo, "Shardless", StreamViewType.KEYS_ONLY).latestStreamArn();

        assertError(400, "ResourceNotFoundException", "Requested resource not found: Shard does not exist",
                () -> StreamReading.iterator(streams, arn, "shardId-00000000000000000001-00000000",
                        ShardIteratorType.LATEST, null));
    }

    @Test
    void aMalformedStreamArnIsAValidationError() {
        assertError(400, "ValidationException", "Invalid StreamArn",
                () -> streams.describeStream(request -> request.streamArn("arn:aws:dynamodb:us-east-1:000000000000:table/x")));
    }

    @Test
    void aMalformedIteratorIsAValidationError() {
        assertError(400, "ValidationException", "Invalid ShardIterator",
                () -> streams.getRecords(request -> request.shardIterator("arn:aws:dynamodb:us-east-1:1|1|xyz")));
    }

    @Test
    void aSequenceNumberOutsideTheShardIsAValidationError() {
        String arn = Tables.create(dynamo, "Outside", StreamViewType.KEYS_ONLY).latestStreamArn();
        String shardId = StreamReading.shards(streams, arn).get(0).shardId();

        assertError(400, "ValidationException",
                "Invalid SequenceNumber 999999999999999999999 for shard " + shardId,
                () -> StreamReading.iterator(streams, arn, shardId, ShardIteratorType.AFTER_SEQUENCE_NUMBER,
                        "999999999999999999999"));
    }

    private static void assertError(int status, String code, String message, Executable call) {
        AwsServiceException error = assertThrows(AwsServiceException.class, call);
        assertEquals(status, error.statusCode());
        assertEquals(code, error.awsErrorDetails().errorCode());
        assertEquals(message, error.awsErrorDetails().errorMessage());
    }
}
