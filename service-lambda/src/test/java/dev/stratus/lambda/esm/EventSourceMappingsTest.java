package dev.stratus.lambda.esm;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.stratus.events.api.EventDestination;
import dev.stratus.lambda.destination.Destinations;
import dev.stratus.lambda.esm.delivery.Checkpoints;
import dev.stratus.lambda.esm.delivery.DeliveryEngine;
import dev.stratus.lambda.esm.delivery.EventSources;
import dev.stratus.lambda.esm.delivery.FakeStream;
import dev.stratus.lambda.esm.delivery.RecordingFunction;
import dev.stratus.lambda.esm.delivery.RetryBackoff;
import dev.stratus.spi.AwsServiceException;
import dev.stratus.spi.ConsoleEvents;
import dev.stratus.spi.RequestContext;
import dev.stratus.storage.memory.InMemoryStorage;
import dev.stratus.gateway.time.ClockScheduler;
import dev.stratus.testkit.TestClock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class EventSourceMappingsTest {

    private static final RequestContext CONTEXT = new RequestContext("request", "000000000000", "us-east-1", "lambda",
            "", Instant.EPOCH, "key");
    private static final RequestContext OTHER_ACCOUNT = new RequestContext("request", "111111111111", "us-east-1",
            "lambda", "", Instant.EPOCH, "111111111111");

    private final ObjectMapper mapper = new ObjectMapper();
    private final TestClock clock = new TestClock(Instant.parse("2024-05-01T10:00:00.250Z"));
    private final ClockScheduler scheduler = new ClockScheduler(clock);
    private final FakeStream stream = new FakeStream(clock);
    private final RecordingFunction function = new RecordingFunction();
    private final InMemoryStorage storage = new InMemoryStorage();
    private static final String DLQ = "arn:aws:sqs:us-east-1:000000000000:dlq";
    private final List<ObjectNode> deadLetters = new CopyOnWriteArrayList<>();
    private final EventSourceMappings mappings = mappings(true);

    @AfterEach
    void shutdown() {
        mappings.shutdown();
        scheduler.close();
    }

    @Test
    void createAnswersCreatingWithAwsDefaults() {
        JsonNode created = create("{\"FunctionName\":\"fn\",\"StartingPosition\":\"LATEST\"}");

        assertEquals("Creating", created.path("State").asText());
        assertEquals("LATEST", created.path("StartingPosition").asText());
        assertEquals(100, created.path("BatchSize").asInt());
        assertEquals(0, created.path("MaximumBatchingWindowInSeconds").asInt());
        assertEquals(1, created.path("ParallelizationFactor").asInt());
        assertEquals(FakeStream.ARN, created.path("EventSourceArn").asText());
        assertEquals("arn:aws:lambda:us-east-1:000000000000:function:fn", created.path("FunctionArn").asText());
        assertEquals(1714557600.25, created.path("LastModified").asDouble());
        assertEquals("No records processed", created.path("LastProcessingResult").asText());
        assertEquals("User action", created.path("StateTransitionReason").asText());
        assertTrue(created.path("DestinationConfig").path("OnFailure").isEmpty());
        assertEquals(-1, created.path("MaximumRecordAgeInSeconds").asInt());
        assertFalse(created.path("BisectBatchOnFunctionError").asBoolean());
        assertEquals(-1, created.path("MaximumRetryAttempts").asInt());
        assertEquals(0, created.path("TumblingWindowInSeconds").asInt());
        assertTrue(created.path("FunctionResponseTypes").isArray() && created.path("FunctionResponseTypes").isEmpty());
        assertTrue(created.path("FilterCriteria").isMissingNode());
        assertEquals("arn:aws:lambda:us-east-1:000000000000:event-source-mapping:" + created.path("UUID").asText(),
                created.path("EventSourceMappingArn").asText());
    }

    @Test
    void aCreatedMappingIsEnabledRightAfter() {
        String uuid = create("{\"FunctionName\":\"fn\",\"StartingPosition\":\"TRIM_HORIZON\"}").path("UUID").asText();

        assertEquals("Enabled", mappings.get(CONTEXT, uuid).toJson(mapper).path("State").asText());
    }

    @Test
    void aMappingCreatedDisabledDeliversNothing() {
        String uuid = create("{\"FunctionName\":\"fn\",\"StartingPosition\":\"TRIM_HORIZON\",\"Enabled\":false}")
                .path("UUID").asText();
        stream.put("a", "1");

        assertEquals("Disabled", mappings.get(CONTEXT, uuid).toJson(mapper).path("State").asText());
        assertTrue(function.events().isEmpty());
    }

    @Test
    void outOfRangeNumbersAreValidationErrors() {
        AwsServiceException error = assertThrows(AwsServiceException.class, () -> create(
                "{\"FunctionName\":\"fn\",\"StartingPosition\":\"LATEST\",\"BatchSize\":0,\"ParallelizationFactor\":11}"));

        assertEquals("ValidationException", error.errorCode());
        assertEquals("2 validation errors detected: Value '0' at 'batchSize' failed to satisfy constraint: Member must "
                + "have value greater than or equal to 1; Value '11' at 'parallelizationFactor' failed to satisfy "
                + "constraint: Member must have value less than or equal to 10", error.getMessage());
    }

    @Test
    void everyParameterIsCheckedAgainstItsRange() {
        for (String member : List.of("\"BatchSize\":10001", "\"MaximumBatchingWindowInSeconds\":301",
                "\"MaximumRetryAttempts\":-2", "\"MaximumRecordAgeInSeconds\":604801", "\"TumblingWindowInSeconds\":901",
                "\"FunctionResponseTypes\":[\"Other\"]", "\"StartingPosition\":\"SOMEWHERE\"")) {
            String body = "{\"FunctionName\":\"fn\",\"StartingPosition\":\"LATEST\"," + member + "}";
            assertEquals("ValidationException", assertThrows(AwsServiceException.class, () -> create(body)).errorCode(), member);
        }
    }

    @Test
    void aRecordAgeBelowSixtySecondsIsRefused() {
        AwsServiceException error = assertThrows(AwsServiceException.class, () -> create(
                "{\"FunctionName\":\"fn\",\"StartingPosition\":\"LATEST\",\"MaximumRecordAgeInSeconds\":30}"));
        assertEquals("InvalidParameterValueException", error.errorCode());
    }

    @Test
    void aStreamThatDoesNotExistIsRefused() {
        String arn = "arn:aws:dynamodb:us-east-1:000000000000:table/Nope/stream/2024-01-01T00:00:00.000";
        AwsServiceException error = assertThrows(AwsServiceException.class, () -> mappings.create(CONTEXT,
                MappingParameters.from(json("{\"FunctionName\":\"fn\",\"StartingPosition\":\"LATEST\",\"EventSourceArn\":\"" + arn + "\"}"))));

        assertEquals("InvalidParameterValueException", error.errorCode());
        assertEquals("Stream not found: " + arn, error.getMessage());
        assertEquals(400, error.httpStatus());
    }

    @Test
    void aStreamOfAnotherAccountIsNotFound() {
        AwsServiceException error = assertThrows(AwsServiceException.class, () -> mappings.create(OTHER_ACCOUNT,
                parameters("{\"FunctionName\":\"fn\",\"StartingPosition\":\"LATEST\"}")));
        assertEquals("Stream not found: " + FakeStream.ARN, error.getMessage());
    }

    @Test
    void aFunctionThatDoesNotExistIsRefused() {
        AwsServiceException error = assertThrows(AwsServiceException.class,
                () -> create("{\"FunctionName\":\"missing\",\"StartingPosition\":\"LATEST\"}"));

        assertEquals("InvalidParameterValueException", error.errorCode());
        assertEquals("Function does not exist", error.getMessage());
    }

    @Test
    void withoutTheStreamsServiceNoStreamCanBeMapped() {
        EventSourceMappings withoutStreams = mappings(false);

        AwsServiceException error = assertThrows(AwsServiceException.class, () -> withoutStreams.create(CONTEXT,
                parameters("{\"FunctionName\":\"fn\",\"StartingPosition\":\"LATEST\"}")));
        assertEquals("Stream not found: " + FakeStream.ARN, error.getMessage());
    }

    @Test
    void aSecondMappingOfTheSameFunctionAndStreamConflicts() {
        String uuid = create("{\"FunctionName\":\"fn\",\"StartingPosition\":\"LATEST\"}").path("UUID").asText();

        AwsServiceException error = assertThrows(AwsServiceException.class,
                () -> create("{\"FunctionName\":\"fn\",\"StartingPosition\":\"TRIM_HORIZON\"}"));

        assertEquals("ResourceConflictException", error.errorCode());
        assertEquals(409, error.httpStatus());
        assertEquals("The event source arn (\" " + FakeStream.ARN + " \") and function (\" fn \") provided mapping "
                + "already exists. Please update or delete the existing mapping with UUID " + uuid, error.getMessage());
    }

    @Test
    void invalidFilterPatternsAreRefused() {
        AwsServiceException error = assertThrows(AwsServiceException.class, () -> create(
                "{\"FunctionName\":\"fn\",\"StartingPosition\":\"LATEST\",\"FilterCriteria\":{\"Filters\":[{\"Pattern\":\"{\\\"eventName\\\":\\\"INSERT\\\"}\"}]}}"));
        assertEquals("InvalidParameterValueException", error.errorCode());
        assertEquals("Invalid filter pattern definition.", error.getMessage());
    }

    @Test
    void timestampsAreNotAStartingPositionOfDynamoDbStreams() {
        AwsServiceException error = assertThrows(AwsServiceException.class,
                () -> create("{\"FunctionName\":\"fn\",\"StartingPosition\":\"AT_TIMESTAMP\"}"));
        assertEquals("Unsupported starting position for arn type: " + FakeStream.ARN, error.getMessage());
    }

    @Test
    void listPagesWithMarkerAndMaxItemsAndFiltersByFunction() {
        for (String name : List.of("f1", "f2", "f3")) {
            create("{\"FunctionName\":\"" + name + "\",\"StartingPosition\":\"LATEST\"}");
        }

        EventSourceMappings.MappingPage first = mappings.list(CONTEXT, null, FakeStream.ARN, null, 2);
        EventSourceMappings.MappingPage second = mappings.list(CONTEXT, null, null, first.nextMarker(), 2);

        assertEquals(2, first.mappings().size());
        assertEquals(1, second.mappings().size());
        assertNull(second.nextMarker());
        assertEquals(1, mappings.list(CONTEXT, "f2", null, null, null).mappings().size());
        assertEquals(0, mappings.list(OTHER_ACCOUNT, null, null, null, null).mappings().size());
    }

    @Test
    void updateChangesOnlyWhatItIsGivenAndAnswersItsTransition() {
        String uuid = create("{\"FunctionName\":\"fn\",\"StartingPosition\":\"LATEST\",\"BatchSize\":5}").path("UUID").asText();

        JsonNode updated = update(uuid, "{\"MaximumRetryAttempts\":3,\"FilterCriteria\":{\"Filters\":[{\"Pattern\":\"{\\\"eventName\\\":[\\\"INSERT\\\"]}\"}]}}");
        JsonNode disabled = update(uuid, "{\"Enabled\":false}");
        JsonNode enabled = update(uuid, "{\"Enabled\":true,\"FilterCriteria\":{}}");

        assertEquals("Updating", updated.path("State").asText());
        assertEquals(5, updated.path("BatchSize").asInt());
        assertEquals(3, updated.path("MaximumRetryAttempts").asInt());
        assertEquals("{\"eventName\":[\"INSERT\"]}", updated.path("FilterCriteria").path("Filters").get(0).path("Pattern").asText());
        assertEquals("Disabling", disabled.path("State").asText());
        assertEquals("Enabling", enabled.path("State").asText());
        assertTrue(enabled.path("FilterCriteria").isMissingNode());
        assertEquals("Enabled", mappings.get(CONTEXT, uuid).toJson(mapper).path("State").asText());
    }

    @Test
    void deleteAnswersDeletingAndTheMappingIsGone() {
        String uuid = create("{\"FunctionName\":\"fn\",\"StartingPosition\":\"LATEST\"}").path("UUID").asText();

        assertEquals("Deleting", mappings.delete(CONTEXT, uuid).toJson(mapper).path("State").asText());

        AwsServiceException error = assertThrows(AwsServiceException.class, () -> mappings.get(CONTEXT, uuid));
        assertEquals("ResourceNotFoundException", error.errorCode());
        assertEquals(404, error.httpStatus());
    }

    @Test
    void theLastProcessingResultFollowsTheBatches() {
        String uuid = create("{\"FunctionName\":\"fn\",\"StartingPosition\":\"TRIM_HORIZON\"}").path("UUID").asText();

        mappings.batchFailed(uuid);
        assertEquals("PROBLEM: Function call failed", lastProcessingResult(uuid));
        mappings.batchSucceeded(uuid);
        assertEquals("OK", lastProcessingResult(uuid));
    }

    @Test
    void deliveryRunsForAnEnabledMappingAndReportsOk() {
        String uuid = create("{\"FunctionName\":\"fn\",\"StartingPosition\":\"LATEST\"}").path("UUID").asText();
        stream.put("a", "hello");

        await().until(() -> "OK".equals(lastProcessingResult(uuid)));
        assertEquals(List.of("hello"), function.deliveredValues());
    }

    @Test
    void givenUpBatchesGoToTheOnFailureDestination() {
        function.behaveAs(event -> RecordingFunction.error());
        String uuid = create("{\"FunctionName\":\"fn\",\"StartingPosition\":\"LATEST\",\"MaximumRetryAttempts\":0,"
                + "\"DestinationConfig\":{\"OnFailure\":{\"Destination\":\"" + DLQ + "\"}}}")
                .path("UUID").asText();
        stream.put("a", "bad");

        await().until(() -> deadLetters.size() == 1);
        assertEquals("RetryAttemptsExhausted", deadLetters.get(0).path("requestContext").path("condition").asText());
        assertEquals("PROBLEM: Function call failed", lastProcessingResult(uuid));
        assertTrue(mappings.failedBatches(uuid).isEmpty());
        assertEquals(DLQ,
                mappings.get(CONTEXT, uuid).toJson(mapper).path("DestinationConfig").path("OnFailure").path("Destination").asText());
    }

    @Test
    void givenUpBatchesWithoutADestinationAreKeptOnTheMapping() {
        function.behaveAs(event -> RecordingFunction.error());
        String uuid = create("{\"FunctionName\":\"fn\",\"StartingPosition\":\"LATEST\",\"MaximumRetryAttempts\":0}")
                .path("UUID").asText();
        stream.put("a", "bad");

        await().until(() -> mappings.failedBatches(uuid).size() == 1);
        ObjectNode record = mappings.failedBatches(uuid).get(0);
        assertEquals("RetryAttemptsExhausted", record.path("requestContext").path("condition").asText());
    }

    @Test
    void anOnFailureDestinationThatDoesNotExistIsRefused() {
        AwsServiceException refused = assertThrows(AwsServiceException.class, () -> create("{\"FunctionName\":\"fn\","
                + "\"StartingPosition\":\"LATEST\",\"DestinationConfig\":{\"OnFailure\":{\"Destination\":"
                + "\"arn:aws:sqs:us-east-1:000000000000:missing\"}}}"));

        assertEquals("InvalidParameterValueException", refused.errorCode());
        assertEquals("The provided execution role does not have permissions to call SendMessage on SQS",
                refused.getMessage());
    }

    @Test
    void afterARestartEnabledMappingsResumeAfterTheirLastCheckpoint() {
        String uuid = create("{\"FunctionName\":\"fn\",\"StartingPosition\":\"TRIM_HORIZON\"}").path("UUID").asText();
        String first = stream.put("a", "before");
        Checkpoints checkpoints = new Checkpoints(storage, mapper);
        await().until(() -> checkpoints.get(uuid, "shardId-0001").map(c -> first.equals(c.sequenceNumber())).orElse(false));
        mappings.shutdown();
        stream.put("b", "while-down");

        EventSourceMappings restarted = mappings(true);
        restarted.resume();

        try {
            await().until(() -> function.deliveredValues().size() == 2);
            assertEquals(List.of("before", "while-down"), function.deliveredValues());
        } finally {
            restarted.shutdown();
        }
    }

    private String lastProcessingResult(String uuid) {
        return mappings.get(CONTEXT, uuid).toJson(mapper).path("LastProcessingResult").asText();
    }

    private JsonNode create(String body) {
        return mappings.create(CONTEXT, parameters(body)).toJson(mapper);
    }

    private JsonNode update(String uuid, String body) {
        return mappings.update(CONTEXT, uuid, MappingParameters.from(json(body))).toJson(mapper);
    }

    private MappingParameters parameters(String body) {
        ObjectNode json = (ObjectNode) json(body);
        json.put("EventSourceArn", FakeStream.ARN);
        return MappingParameters.from(json);
    }

    private JsonNode json(String body) {
        try {
            return mapper.readTree(body);
        } catch (Exception e) {
            throw new IllegalArgumentException(e);
        }
    }

    private EventSourceMappings mappings(boolean streamsRunning) {
        Checkpoints checkpoints = new Checkpoints(storage, mapper);
        EventSources sources = new EventSources(streamsRunning ? Set.of(stream) : Set.of());
        return new EventSourceMappings(new MappingStore(storage, mapper), function, sources,
                new Destinations(Set.of(new RecordingQueue())), listener -> new DeliveryEngine(sources, function, checkpoints, listener, clock, mapper,
                        new RetryBackoff(Duration.ZERO, Duration.ZERO), scheduler),
                clock, ConsoleEvents.NONE);
    }

    /** The queue {@link #DLQ} as a destination that keeps what it is sent. */
    private final class RecordingQueue implements EventDestination {

        @Override
        public boolean owns(String destinationArn) {
            return destinationArn.startsWith("arn:aws:sqs:");
        }

        @Override
        public boolean exists(String destinationArn) {
            return destinationArn.equals(DLQ);
        }

        @Override
        public void send(String destinationArn, ObjectNode record) {
            deadLetters.add(record);
        }
    }
}
