package dev.stratus.lambda.esm.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.stratus.testkit.StratusExtension;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.lambda.LambdaClient;
import software.amazon.awssdk.services.lambda.model.CreateEventSourceMappingResponse;
import software.amazon.awssdk.services.lambda.model.EventSourceMappingConfiguration;
import software.amazon.awssdk.services.lambda.model.EventSourcePosition;
import software.amazon.awssdk.services.lambda.model.InvalidParameterValueException;
import software.amazon.awssdk.services.lambda.model.LambdaException;
import software.amazon.awssdk.services.lambda.model.ListEventSourceMappingsResponse;
import software.amazon.awssdk.services.lambda.model.ResourceConflictException;
import software.amazon.awssdk.services.lambda.model.ResourceNotFoundException;
import software.amazon.awssdk.services.sqs.SqsClient;

/** CreateEventSourceMapping and friends through the AWS SDK: the fields AWS returns and its validation. */
class EventSourceMappingApiTest {

    @RegisterExtension
    static StratusExtension stratus = StratusExtension.builder().build();

    @TempDir
    static Path events;

    private static String streamArn;
    private static String functionArn;

    @BeforeAll
    static void tableAndFunction() {
        streamArn = StreamFunctions.tableWithStream(stratus.client(DynamoDbClient.class), "Orders");
        functionArn = StreamFunctions.recordingFunction(stratus.client(LambdaClient.class), "api-fn", "ok",
                events.resolve("api-fn.jsonl"));
        StreamFunctions.recordingFunction(stratus.client(LambdaClient.class), "other-fn", "ok",
                events.resolve("other-fn.jsonl"));
    }

    @Test
    void createAnswersCreatingWithEveryFieldAwsReturns() {
        LambdaClient lambda = stratus.client(LambdaClient.class);

        CreateEventSourceMappingResponse created = lambda.createEventSourceMapping(b -> b.functionName("api-fn")
                .eventSourceArn(streamArn).startingPosition(EventSourcePosition.LATEST));

        try {
            assertEquals("Creating", created.state());
            assertEquals(100, created.batchSize());
            assertEquals(0, created.maximumBatchingWindowInSeconds());
            assertEquals(1, created.parallelizationFactor());
            assertEquals(EventSourcePosition.LATEST, created.startingPosition());
            assertEquals(streamArn, created.eventSourceArn());
            assertEquals(functionArn, created.functionArn());
            assertEquals("No records processed", created.lastProcessingResult());
            assertEquals("User action", created.stateTransitionReason());
            assertEquals(-1, created.maximumRecordAgeInSeconds());
            assertEquals(-1, created.maximumRetryAttempts());
            assertFalse(created.bisectBatchOnFunctionError());
            assertEquals(0, created.tumblingWindowInSeconds());
            assertTrue(created.functionResponseTypes().isEmpty());
            assertTrue(created.hasFunctionResponseTypes());
            assertNull(created.destinationConfig().onFailure().destination());
            assertTrue(created.lastModified().isAfter(java.time.Instant.parse("2020-01-01T00:00:00Z")));
            assertTrue(created.eventSourceMappingArn().endsWith(":event-source-mapping:" + created.uuid()));
            var fetched = lambda.getEventSourceMapping(b -> b.uuid(created.uuid()));
            assertEquals("Enabled", fetched.state());
            assertEquals(created.uuid(), fetched.uuid());
        } finally {
            lambda.deleteEventSourceMapping(b -> b.uuid(created.uuid()));
        }
    }

    @Test
    void aStreamThatDoesNotExistIsAnInvalidParameter() {
        String missing = streamArn.replace("table/Orders", "table/Missing");

        InvalidParameterValueException error = assertThrows(InvalidParameterValueException.class, () ->
                stratus.client(LambdaClient.class).createEventSourceMapping(b -> b.functionName("api-fn")
                        .eventSourceArn(missing).startingPosition(EventSourcePosition.LATEST)));

        assertEquals("Stream not found: " + missing, error.awsErrorDetails().errorMessage());
    }

    @Test
    void aFunctionThatDoesNotExistIsAnInvalidParameter() {
        InvalidParameterValueException error = assertThrows(InvalidParameterValueException.class, () ->
                stratus.client(LambdaClient.class).createEventSourceMapping(b -> b.functionName("no-such-fn")
                        .eventSourceArn(streamArn).startingPosition(EventSourcePosition.LATEST)));

        assertEquals("Function does not exist", error.awsErrorDetails().errorMessage());
    }

    @Test
    void outOfRangeNumbersAreRefused() {
        LambdaException error = assertThrows(LambdaException.class, () ->
                stratus.client(LambdaClient.class).createEventSourceMapping(b -> b.functionName("api-fn")
                        .eventSourceArn(streamArn).startingPosition(EventSourcePosition.LATEST).batchSize(10001)));

        assertEquals("ValidationException", error.awsErrorDetails().errorCode());
        assertEquals(400, error.statusCode());
    }

    @Test
    void invalidFilterPatternsAreRefused() {
        assertThrows(InvalidParameterValueException.class, () ->
                stratus.client(LambdaClient.class).createEventSourceMapping(b -> b.functionName("api-fn")
                        .eventSourceArn(streamArn).startingPosition(EventSourcePosition.LATEST)
                        .filterCriteria(f -> f.filters(p -> p.pattern("{\"eventName\": \"INSERT\"}")))));
    }

    @Test
    void aSecondMappingOfTheSameFunctionAndStreamConflicts() {
        LambdaClient lambda = stratus.client(LambdaClient.class);
        String uuid = lambda.createEventSourceMapping(b -> b.functionName("api-fn").eventSourceArn(streamArn)
                .startingPosition(EventSourcePosition.TRIM_HORIZON)).uuid();
        try {
            ResourceConflictException error = assertThrows(ResourceConflictException.class, () ->
                    lambda.createEventSourceMapping(b -> b.functionName("api-fn").eventSourceArn(streamArn)
                            .startingPosition(EventSourcePosition.LATEST)));
            assertTrue(error.awsErrorDetails().errorMessage().endsWith("existing mapping with UUID " + uuid));
        } finally {
            lambda.deleteEventSourceMapping(b -> b.uuid(uuid));
        }
    }

    @Test
    void listFiltersByFunctionAndPagesWithMarker() {
        LambdaClient lambda = stratus.client(LambdaClient.class);
        String first = lambda.createEventSourceMapping(b -> b.functionName("api-fn").eventSourceArn(streamArn)
                .startingPosition(EventSourcePosition.LATEST)).uuid();
        String second = lambda.createEventSourceMapping(b -> b.functionName("other-fn").eventSourceArn(streamArn)
                .startingPosition(EventSourcePosition.LATEST)).uuid();
        try {
            ListEventSourceMappingsResponse page = lambda.listEventSourceMappings(b -> b.eventSourceArn(streamArn).maxItems(1));
            ListEventSourceMappingsResponse next = lambda.listEventSourceMappings(b -> b.eventSourceArn(streamArn)
                    .marker(page.nextMarker()).maxItems(1));
            List<EventSourceMappingConfiguration> ofOther = lambda.listEventSourceMappings(b -> b.functionName("other-fn"))
                    .eventSourceMappings();

            assertEquals(1, page.eventSourceMappings().size());
            assertEquals(1, next.eventSourceMappings().size());
            assertNull(next.nextMarker());
            assertEquals(List.of(second), ofOther.stream().map(EventSourceMappingConfiguration::uuid).toList());
        } finally {
            lambda.deleteEventSourceMapping(b -> b.uuid(first));
            lambda.deleteEventSourceMapping(b -> b.uuid(second));
        }
    }

    @Test
    void updateAnswersUpdatingAndKeepsWhatItWasNotGiven() {
        LambdaClient lambda = stratus.client(LambdaClient.class);
        String uuid = lambda.createEventSourceMapping(b -> b.functionName("api-fn").eventSourceArn(streamArn)
                .startingPosition(EventSourcePosition.LATEST).batchSize(7)).uuid();
        stratus.client(SqsClient.class).createQueue(b -> b.queueName("dlq"));
        String dlq = "arn:aws:sqs:us-east-1:" + stratus.accountId() + ":dlq";
        try {
            var updated = lambda.updateEventSourceMapping(b -> b.uuid(uuid).maximumRetryAttempts(2)
                    .destinationConfig(d -> d.onFailure(f -> f.destination(dlq))));
            var disabled = lambda.updateEventSourceMapping(b -> b.uuid(uuid).enabled(false));

            assertEquals("Updating", updated.state());
            assertEquals(7, updated.batchSize());
            assertEquals(2, updated.maximumRetryAttempts());
            assertEquals(dlq, updated.destinationConfig().onFailure().destination());
            assertEquals("Disabling", disabled.state());
            assertEquals("Disabled", lambda.getEventSourceMapping(b -> b.uuid(uuid)).state());
        } finally {
            lambda.deleteEventSourceMapping(b -> b.uuid(uuid));
        }
    }

    @Test
    void deleteAnswersDeletingAndTheMappingIsGone() {
        LambdaClient lambda = stratus.client(LambdaClient.class);
        String uuid = lambda.createEventSourceMapping(b -> b.functionName("api-fn").eventSourceArn(streamArn)
                .startingPosition(EventSourcePosition.LATEST)).uuid();

        assertEquals("Deleting", lambda.deleteEventSourceMapping(b -> b.uuid(uuid)).state());

        assertThrows(ResourceNotFoundException.class, () -> lambda.getEventSourceMapping(b -> b.uuid(uuid)));
    }
}
