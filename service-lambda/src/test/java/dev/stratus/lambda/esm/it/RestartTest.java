package dev.stratus.lambda.esm.it;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.stratus.gateway.Stratus;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.lambda.LambdaClient;
import software.amazon.awssdk.services.lambda.model.EventSourcePosition;

/** With a data directory, a restarted Stratus resumes every enabled mapping after its last acknowledged batch. */
class RestartTest {

    private static final String ACCOUNT = "424242424242";

    @TempDir
    Path data;

    @TempDir
    Path files;

    @Test
    void aRestartResumesDeliveryAfterTheLastAcknowledgedBatch() {
        Path events = files.resolve("restart.jsonl");
        try (Stratus first = start(); DynamoDbClient dynamo = dynamo(first); LambdaClient lambda = lambda(first)) {
            String stream = StreamFunctions.tableWithStream(dynamo, "Durable");
            StreamFunctions.recordingFunction(lambda, "durable-fn", "ok", events);
            lambda.createEventSourceMapping(b -> b.functionName("durable-fn").eventSourceArn(stream)
                    .startingPosition(EventSourcePosition.TRIM_HORIZON));
            StreamFunctions.put(dynamo, "Durable", "a", "before-restart");
            await().until(() -> StreamFunctions.values(events).size() == 1);
        }

        try (Stratus second = start(); DynamoDbClient dynamo = dynamo(second)) {
            StreamFunctions.put(dynamo, "Durable", "b", "after-restart");

            await().until(() -> StreamFunctions.values(events).size() >= 2);
            assertEquals(List.of("before-restart", "after-restart"), StreamFunctions.values(events));
        }
    }

    private Stratus start() {
        // The function records its events in a file of the test's folder, which only a plain process sees.
        return Stratus.builder().setting("port", "0").setting("data-dir", data.toString())
                .setting("lambda.isolation", "process")
                .setting("lambda.esm.retry-backoff", "20ms").setting("lambda.node-sdk-prepare-at-start", "false").start();
    }

    private static DynamoDbClient dynamo(Stratus stratus) {
        return DynamoDbClient.builder().endpointOverride(stratus.endpoint()).region(Region.US_EAST_1)
                .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create(ACCOUNT, "test"))).build();
    }

    private static LambdaClient lambda(Stratus stratus) {
        return LambdaClient.builder().endpointOverride(stratus.endpoint()).region(Region.US_EAST_1)
                .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create(ACCOUNT, "test"))).build();
    }
}
