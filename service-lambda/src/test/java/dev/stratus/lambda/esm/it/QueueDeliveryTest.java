package dev.stratus.lambda.esm.it;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.stratus.lambda.TestZips;
import dev.stratus.testkit.StratusExtension;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.services.lambda.LambdaClient;
import software.amazon.awssdk.services.lambda.model.CreateEventSourceMappingResponse;
import software.amazon.awssdk.services.lambda.model.EventSourcePosition;
import software.amazon.awssdk.services.lambda.model.FunctionResponseType;
import software.amazon.awssdk.services.lambda.model.InvalidParameterValueException;
import software.amazon.awssdk.services.lambda.model.LambdaException;
import software.amazon.awssdk.services.lambda.model.Runtime;
import software.amazon.awssdk.services.sqs.SqsClient;
import software.amazon.awssdk.services.sqs.model.MessageAttributeValue;
import software.amazon.awssdk.services.sqs.model.Message;
import software.amazon.awssdk.services.sqs.model.MessageSystemAttributeName;
import software.amazon.awssdk.services.sqs.model.QueueAttributeName;
import software.amazon.awssdk.services.sqs.model.SendMessageBatchRequestEntry;

/**
 * SQS messages delivered to real Node.js functions through event source mappings, as AWS's SQS poller does. The
 * server's clock is the test's: a message in flight comes back only when the test moves the clock past its
 * visibility timeout, however long a function took to start.
 */
class QueueDeliveryTest {

    /**
     * Records every event in EVENTS_FILE. Modes: {@code ok} returns nothing; {@code fail} throws;
     * {@code report-poison} names the messages whose body starts with "poison" in batchItemFailures, and
     * {@code report-poison-once} only those received for the first time; {@code slow} takes two seconds and
     * appends when it started and ended (epoch millis) to EVENTS_FILE.spans.
     */
    private static final String HANDLER = """
            const fs = require('fs');
            exports.handler = async (event) => {
              fs.appendFileSync(process.env.EVENTS_FILE, JSON.stringify(event) + '\\n');
              switch (process.env.MODE) {
                case 'fail':
                  throw new Error('cannot process');
                case 'report-poison':
                  return { batchItemFailures: event.Records.filter(r => r.body.startsWith('poison'))
                      .map(r => ({ itemIdentifier: r.messageId })) };
                case 'report-poison-once':
                  return { batchItemFailures: event.Records
                      .filter(r => r.body.startsWith('poison') && r.attributes.ApproximateReceiveCount === '1')
                      .map(r => ({ itemIdentifier: r.messageId })) };
                case 'slow': {
                  const started = Date.now();
                  await new Promise(resolve => setTimeout(resolve, 2000));
                  fs.appendFileSync(process.env.EVENTS_FILE + '.spans', started + ' ' + Date.now() + '\\n');
                  return null;
                }
                default:
                  return null;
              }
            };
            """;
    private static final ObjectMapper JSON = new ObjectMapper();

    // The functions record what they were given in files of the test's folder, which only a plain process sees.
    @RegisterExtension
    static StratusExtension stratus = StratusExtension.builder().setting("lambda.isolation", "process")
            .withTestClock().build();

    @TempDir
    Path files;

    @Test
    void messagesReachTheFunctionAsTheLambdaEventForSqsAndAreDeleted() {
        String queueUrl = queue("orders", Map.of());
        String queueArn = arnOf(queueUrl);
        Path events = function("orders-ok", "ok");
        map("orders-ok", queueArn);

        String messageId = sqs().sendMessage(b -> b.queueUrl(queueUrl).messageBody("hello")
                .messageAttributes(Map.of("colour", MessageAttributeValue.builder()
                        .dataType("String").stringValue("blue").build()))).messageId();

        await().until(() -> records(events).size() == 1);
        JsonNode record = records(events).get(0);
        assertEquals(messageId, record.path("messageId").asText());
        assertFalse(record.path("receiptHandle").asText().isEmpty());
        assertEquals("hello", record.path("body").asText());
        assertEquals("1", record.path("attributes").path("ApproximateReceiveCount").asText());
        assertTrue(record.path("attributes").has("SentTimestamp"));
        assertTrue(record.path("attributes").has("SenderId"));
        assertTrue(record.path("attributes").has("ApproximateFirstReceiveTimestamp"));
        JsonNode colour = record.path("messageAttributes").path("colour");
        assertEquals("blue", colour.path("stringValue").asText());
        assertEquals("String", colour.path("dataType").asText());
        assertTrue(colour.path("stringListValues").isArray());
        assertEquals("5d41402abc4b2a76b9719d911017c592", record.path("md5OfBody").asText());
        assertEquals("aws:sqs", record.path("eventSource").asText());
        assertEquals(queueArn, record.path("eventSourceARN").asText());
        assertEquals("us-east-1", record.path("awsRegion").asText());
        await().until(() -> messagesIn(queueUrl) == 0);
    }

    @Test
    void aFailedBatchComesBackAfterTheVisibilityTimeoutAndEndsInTheDeadLetterQueue() {
        String deadLetterUrl = queue("failed-dlq", Map.of());
        String queueUrl = redrivenQueue("failing", deadLetterUrl, 2);
        Path events = function("failing-fn", "fail");
        map("failing-fn", arnOf(queueUrl));

        sqs().sendMessage(b -> b.queueUrl(queueUrl).messageBody("doomed"));
        await().until(() -> records(events).size() == 1);
        stratus.clock().advance(Duration.ofSeconds(1));
        await().until(() -> records(events).size() == 2);
        stratus.clock().advance(Duration.ofSeconds(1));

        List<Message> deadLettered = receiveAll(deadLetterUrl, 1);
        assertEquals("doomed", deadLettered.get(0).body());
        List<String> receiveCounts = records(events).stream()
                .map(r -> r.path("attributes").path("ApproximateReceiveCount").asText()).toList();
        assertEquals(List.of("1", "2"), receiveCounts);
    }

    @Test
    void withReportBatchItemFailuresOnlyTheReportedMessagesStay() {
        String deadLetterUrl = queue("partial-dlq", Map.of());
        String queueUrl = redrivenQueue("partial", deadLetterUrl, 1);
        Path events = function("partial-fn", "report-poison");
        lambda().createEventSourceMapping(b -> b.functionName("partial-fn").eventSourceArn(arnOf(queueUrl))
                .functionResponseTypes(FunctionResponseType.REPORT_BATCH_ITEM_FAILURES));

        sqs().sendMessageBatch(b -> b.queueUrl(queueUrl).entries(
                SendMessageBatchRequestEntry.builder().id("a").messageBody("good").build(),
                SendMessageBatchRequestEntry.builder().id("b").messageBody("poison").build()));
        await().until(() -> records(events).size() == 2 && messagesIn(queueUrl) == 1);
        stratus.clock().advance(Duration.ofSeconds(1));

        List<Message> deadLettered = receiveAll(deadLetterUrl, 1);
        assertEquals("poison", deadLettered.get(0).body());
        assertEquals(1, records(events).stream().filter(r -> r.path("body").asText().equals("good")).count());
        assertEquals(0, messagesIn(queueUrl));
    }

    @Test
    void fifoQueuesDeliverEachGroupInOrder() {
        String queueUrl = queue("ordered.fifo", Map.of(QueueAttributeName.FIFO_QUEUE, "true",
                QueueAttributeName.CONTENT_BASED_DEDUPLICATION, "true"));
        Path events = function("fifo-fn", "ok");
        lambda().createEventSourceMapping(b -> b.functionName("fifo-fn").eventSourceArn(arnOf(queueUrl)).batchSize(1));

        for (int i = 1; i <= 4; i++) {
            String body = "m" + i;
            sqs().sendMessage(b -> b.queueUrl(queueUrl).messageBody(body).messageGroupId("g"));
        }

        await().until(() -> records(events).size() == 4);
        assertEquals(List.of("m1", "m2", "m3", "m4"), records(events).stream().map(r -> r.path("body").asText()).toList());
        assertEquals("g", records(events).get(0).path("attributes").path("MessageGroupId").asText());
    }

    @Test
    void aQueueMappingIsValidatedAsAwsValidatesIt() {
        String queueArn = arnOf(queue("validated", Map.of()));
        function("validated-fn", "ok");

        InvalidParameterValueException position = assertThrows(InvalidParameterValueException.class, () ->
                lambda().createEventSourceMapping(b -> b.functionName("validated-fn").eventSourceArn(queueArn)
                        .startingPosition(EventSourcePosition.TRIM_HORIZON)));
        assertEquals("Unsupported starting position for arn type: " + queueArn, position.awsErrorDetails().errorMessage());
        assertThrows(InvalidParameterValueException.class, () -> lambda().createEventSourceMapping(b -> b
                .functionName("validated-fn").eventSourceArn(queueArn).batchSize(11)));
        assertThrows(InvalidParameterValueException.class, () -> lambda().createEventSourceMapping(b -> b
                .functionName("validated-fn").eventSourceArn(queueArn + "-missing")));

        LambdaException concurrency = assertThrows(LambdaException.class, () -> lambda().createEventSourceMapping(b -> b
                .functionName("validated-fn").eventSourceArn(queueArn).scalingConfig(c -> c.maximumConcurrency(1))));
        assertEquals("1 validation error detected: Value '1' at 'scalingConfig.maximumConcurrency' failed to satisfy "
                + "constraint: Member must have value greater than or equal to 2", concurrency.awsErrorDetails().errorMessage());

        CreateEventSourceMappingResponse created = lambda().createEventSourceMapping(b -> b
                .functionName("validated-fn").eventSourceArn(queueArn).batchSize(100).maximumBatchingWindowInSeconds(1)
                .scalingConfig(c -> c.maximumConcurrency(5)));
        assertEquals(100, created.batchSize());
        assertEquals(5, created.scalingConfig().maximumConcurrency());
        assertNull(created.startingPosition());
        assertNull(created.parallelizationFactor());
    }

    @Test
    void aReportedFailureInAFifoBatchHoldsTheRestOfItsGroupBackSoTheGroupKeepsItsOrder() {
        String queueUrl = queue("held.fifo", Map.of(QueueAttributeName.FIFO_QUEUE, "true",
                QueueAttributeName.CONTENT_BASED_DEDUPLICATION, "true", QueueAttributeName.VISIBILITY_TIMEOUT, "1"));
        Path events = function("held-fn", "report-poison-once");
        for (String body : List.of("m1", "poison", "m3")) {
            sqs().sendMessage(b -> b.queueUrl(queueUrl).messageBody(body).messageGroupId("g"));
        }

        lambda().createEventSourceMapping(b -> b.functionName("held-fn").eventSourceArn(arnOf(queueUrl))
                .functionResponseTypes(FunctionResponseType.REPORT_BATCH_ITEM_FAILURES));
        await().until(() -> records(events).size() == 3 && messagesIn(queueUrl) == 2);
        stratus.clock().advance(Duration.ofSeconds(1));

        await().atMost(Duration.ofSeconds(30)).until(() -> records(events).size() == 5 && messagesIn(queueUrl) == 0);
        assertEquals(List.of("m1", "poison", "m3", "poison", "m3"),
                records(events).stream().map(r -> r.path("body").asText()).toList());
    }

    @Test
    void noMoreBatchesRunAtOnceThanMaximumConcurrency() throws IOException {
        String queueUrl = queue("throttled", Map.of());
        Path events = function("throttled-fn", "slow");
        for (int i = 0; i < 4; i++) {
            String body = "m" + i;
            sqs().sendMessage(b -> b.queueUrl(queueUrl).messageBody(body));
        }

        lambda().createEventSourceMapping(b -> b.functionName("throttled-fn").eventSourceArn(arnOf(queueUrl))
                .batchSize(1).scalingConfig(c -> c.maximumConcurrency(2)));

        Path spans = Path.of(events + ".spans");
        await().atMost(Duration.ofSeconds(60)).until(() -> Files.exists(spans) && Files.readAllLines(spans).size() == 4);
        assertEquals(2, mostAtOnce(Files.readAllLines(spans)));
    }

    @Test
    void anUpdateOfAQueueMappingIsValidatedAsAwsValidatesIt() {
        String queueArn = arnOf(queue("updated", Map.of()));
        String fifoArn = arnOf(queue("updated.fifo", Map.of(QueueAttributeName.FIFO_QUEUE, "true")));
        function("updated-fn", "ok");
        String uuid = lambda().createEventSourceMapping(b -> b.functionName("updated-fn").eventSourceArn(queueArn)
                .enabled(false)).uuid();
        String fifoUuid = lambda().createEventSourceMapping(b -> b.functionName("updated-fn").eventSourceArn(fifoArn)
                .enabled(false)).uuid();

        InvalidParameterValueException batch = assertThrows(InvalidParameterValueException.class, () ->
                lambda().updateEventSourceMapping(b -> b.uuid(uuid).batchSize(100)));
        InvalidParameterValueException retries = assertThrows(InvalidParameterValueException.class, () ->
                lambda().updateEventSourceMapping(b -> b.uuid(uuid).maximumRetryAttempts(2)));
        InvalidParameterValueException destination = assertThrows(InvalidParameterValueException.class, () ->
                lambda().updateEventSourceMapping(b -> b.uuid(uuid)
                        .destinationConfig(d -> d.onFailure(f -> f.destination(fifoArn)))));
        InvalidParameterValueException fifoWindow = assertThrows(InvalidParameterValueException.class, () ->
                lambda().updateEventSourceMapping(b -> b.uuid(fifoUuid).maximumBatchingWindowInSeconds(5)));
        lambda().updateEventSourceMapping(b -> b.uuid(uuid).maximumBatchingWindowInSeconds(5));
        int updatedBatch = lambda().updateEventSourceMapping(b -> b.uuid(uuid).batchSize(100)).batchSize();

        assertEquals("Maximum batch window in seconds must be greater than 0 if maximum batch size is greater than 10",
                batch.awsErrorDetails().errorMessage());
        assertTrue(retries.awsErrorDetails().errorMessage().startsWith("Unsupported parameter for given event source"));
        assertEquals("Unsupported DestinationConfig parameter for given event source mapping type.",
                destination.awsErrorDetails().errorMessage());
        assertEquals("Batching window is not supported for FIFO queues", fifoWindow.awsErrorDetails().errorMessage());
        assertEquals(100, updatedBatch);
    }

    /** The most spans ("start end", epoch millis) that overlap at one moment. */
    private static int mostAtOnce(List<String> spans) {
        int most = 0;
        for (String span : spans) {
            long moment = Long.parseLong(span.split(" ")[0]);
            int overlapping = (int) spans.stream().map(other -> other.split(" "))
                    .filter(other -> Long.parseLong(other[0]) <= moment && moment < Long.parseLong(other[1])).count();
            most = Math.max(most, overlapping);
        }
        return most;
    }

    private String queue(String name, Map<QueueAttributeName, String> attributes) {
        return sqs().createQueue(b -> b.queueName(name).attributes(attributes)).queueUrl();
    }

    /** A queue whose messages come back 1 s of clock time after a receive, to its dead-letter queue as told. */
    private String redrivenQueue(String name, String deadLetterUrl, int maxReceiveCount) {
        return queue(name, Map.of(QueueAttributeName.VISIBILITY_TIMEOUT, "1", QueueAttributeName.REDRIVE_POLICY,
                "{\"deadLetterTargetArn\":\"" + arnOf(deadLetterUrl) + "\",\"maxReceiveCount\":\"" + maxReceiveCount + "\"}"));
    }

    private String arnOf(String queueUrl) {
        return sqs().getQueueAttributes(b -> b.queueUrl(queueUrl).attributeNames(QueueAttributeName.QUEUE_ARN))
                .attributes().get(QueueAttributeName.QUEUE_ARN);
    }

    private int messagesIn(String queueUrl) {
        Map<QueueAttributeName, String> attributes = sqs().getQueueAttributes(b -> b.queueUrl(queueUrl).attributeNames(
                QueueAttributeName.APPROXIMATE_NUMBER_OF_MESSAGES,
                QueueAttributeName.APPROXIMATE_NUMBER_OF_MESSAGES_NOT_VISIBLE)).attributes();
        return Integer.parseInt(attributes.get(QueueAttributeName.APPROXIMATE_NUMBER_OF_MESSAGES))
                + Integer.parseInt(attributes.get(QueueAttributeName.APPROXIMATE_NUMBER_OF_MESSAGES_NOT_VISIBLE));
    }

    private List<Message> receiveAll(String queueUrl, int count) {
        List<Message> received = new ArrayList<>();
        await().atMost(Duration.ofSeconds(30)).until(() -> {
            received.addAll(sqs().receiveMessage(b -> b.queueUrl(queueUrl).waitTimeSeconds(5)
                    .messageSystemAttributeNames(MessageSystemAttributeName.ALL)).messages());
            return received.size() >= count;
        });
        return received;
    }

    private Path function(String name, String mode) {
        Path events = files.resolve(name + ".jsonl");
        lambda().createFunction(b -> b.functionName(name)
                .runtime(Runtime.NODEJS20_X)
                .handler("index.handler")
                .role("arn:aws:iam::000000000000:role/lambda-role")
                .timeout(10)
                .environment(e -> e.variables(Map.of("EVENTS_FILE", events.toString(), "MODE", mode)))
                .code(c -> c.zipFile(SdkBytes.fromByteArray(TestZips.of("index.js", HANDLER)))));
        return events;
    }

    private void map(String function, String queueArn) {
        lambda().createEventSourceMapping(b -> b.functionName(function).eventSourceArn(queueArn));
    }

    /** Every SQS record the function received so far, in order. */
    private static List<JsonNode> records(Path events) {
        if (!Files.exists(events)) {
            return List.of();
        }
        try {
            List<JsonNode> records = new ArrayList<>();
            for (String line : Files.readAllLines(events)) {
                if (!line.isBlank()) {
                    JSON.readTree(line).path("Records").forEach(records::add);
                }
            }
            return records;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static SqsClient sqs() {
        return stratus.client(SqsClient.class);
    }

    private static LambdaClient lambda() {
        return stratus.client(LambdaClient.class);
    }
}
