package dev.stratus.lambda.esm.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.stratus.testkit.StratusExtension;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.services.lambda.LambdaClient;
import software.amazon.awssdk.services.lambda.model.EventSourcePosition;
import software.amazon.awssdk.services.lambda.model.InvalidParameterValueException;

/** Lambda runs without DynamoDB Streams; then no stream can be mapped, and AWS's error says so. */
class WithoutStreamsTest {

    @RegisterExtension
    static StratusExtension stratus = StratusExtension.builder().setting("services", "lambda").build();

    @TempDir
    Path files;

    @Test
    void creatingAMappingOfAStreamFailsAsForAStreamThatDoesNotExist() {
        LambdaClient lambda = stratus.client(LambdaClient.class);
        StreamFunctions.recordingFunction(lambda, "lonely-fn", "ok", files.resolve("events.jsonl"));
        String streamArn = "arn:aws:dynamodb:us-east-1:" + stratus.accountId() + ":table/T/stream/2024-01-01T00:00:00.000";

        InvalidParameterValueException error = assertThrows(InvalidParameterValueException.class, () ->
                lambda.createEventSourceMapping(b -> b.functionName("lonely-fn").eventSourceArn(streamArn)
                        .startingPosition(EventSourcePosition.LATEST)));

        assertEquals("Stream not found: " + streamArn, error.awsErrorDetails().errorMessage());
        assertEquals(0, lambda.listEventSourceMappings().eventSourceMappings().size());
    }
}
