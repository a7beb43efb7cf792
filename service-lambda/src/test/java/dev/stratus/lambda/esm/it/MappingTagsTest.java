package dev.stratus.lambda.esm.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.stratus.testkit.StratusExtension;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.lambda.LambdaClient;
import software.amazon.awssdk.services.lambda.model.EventSourcePosition;
import software.amazon.awssdk.services.lambda.model.ResourceNotFoundException;

/** Tags on event source mappings, addressed by the mapping's ARN. */
class MappingTagsTest {

    @RegisterExtension
    static StratusExtension stratus = StratusExtension.builder().build();

    @TempDir
    static Path events;

    @Test
    void tagsAreSetOnCreationChangedAndListedByArn() {
        LambdaClient lambda = stratus.client(LambdaClient.class);
        String streamArn = StreamFunctions.tableWithStream(stratus.client(DynamoDbClient.class), "TaggedOrders");
        StreamFunctions.recordingFunction(lambda, "tagged-consumer", "ok", events.resolve("tagged.jsonl"));
        String arn = lambda.createEventSourceMapping(r -> r.functionName("tagged-consumer").eventSourceArn(streamArn)
                .startingPosition(EventSourcePosition.LATEST).tags(Map.of("team", "orders"))).eventSourceMappingArn();

        lambda.tagResource(r -> r.resource(arn).tags(Map.of("stage", "test")));
        lambda.untagResource(r -> r.resource(arn).tagKeys("team"));

        assertEquals(Map.of("stage", "test"), lambda.listTags(r -> r.resource(arn)).tags());
    }

    @Test
    void unknownMappingHasNoTags() {
        LambdaClient lambda = stratus.client(LambdaClient.class);
        String arn = "arn:aws:lambda:us-east-1:000000000000:event-source-mapping:00000000-0000-0000-0000-000000000000";

        ResourceNotFoundException missing = assertThrows(ResourceNotFoundException.class,
                () -> lambda.listTags(r -> r.resource(arn)));

        assertEquals("The resource you requested does not exist.", missing.awsErrorDetails().errorMessage());
    }
}
