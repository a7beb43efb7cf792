package dev.stratus.sqs.sdk;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.stratus.sqs.poll.LongPolls;
import dev.stratus.testkit.StratusExtension;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.services.sqs.SqsClient;
import software.amazon.awssdk.services.sqs.model.BatchResultErrorEntry;
import software.amazon.awssdk.services.sqs.model.DeleteMessageBatchResponse;
import software.amazon.awssdk.services.sqs.model.EmptyBatchRequestException;
import software.amazon.awssdk.services.sqs.model.Message;
import software.amazon.awssdk.services.sqs.model.MessageAttributeValue;
import software.amazon.awssdk.services.sqs.model.MessageSystemAttributeName;
import software.amazon.awssdk.services.sqs.model.QueueAttributeName;
import software.amazon.awssdk.services.sqs.model.ReceiptHandleIsInvalidException;
import software.amazon.awssdk.services.sqs.model.SendMessageBatchRequestEntry;
import software.amazon.awssdk.services.sqs.model.SendMessageBatchResponse;
import software.amazon.awssdk.services.sqs.model.SendMessageResponse;
import software.amazon.awssdk.services.sqs.model.SqsException;

/** Messages through the AWS SDK v2 (AWS JSON 1.0); the SDK verifies every MD5 digest it is given. */
class MessagesSdkTest {

    @RegisterExtension
    static final StratusExtension STRATUS = StratusExtension.builder().withTestClock().build();

    private final SqsClient sqs = STRATUS.client(SqsClient.class);

    private String queue(String name) {
        return sqs.createQueue(r -> r.queueName(name)).queueUrl();
    }

    @Test
    void aSentMessageIsReceivedWithItsAttributesAndDigests() {
        String url = queue("plain");
        Map<String, MessageAttributeValue> attributes = Map.of(
                "colour", MessageAttributeValue.builder().dataType("String").stringValue("blue").build(),
                "count", MessageAttributeValue.builder().dataType("Number.int").stringValue("3").build(),
                "blob", MessageAttributeValue.builder().dataType("Binary")
                        .binaryValue(SdkBytes.fromUtf8String("bytes")).build());

        SendMessageResponse sent = sqs.sendMessage(r -> r.queueUrl(url).messageBody("hello").messageAttributes(attributes));
        Message received = sqs.receiveMessage(r -> r.queueUrl(url).messageAttributeNames("All")
                .messageSystemAttributeNames(MessageSystemAttributeName.ALL)).messages().get(0);

        assertEquals(sent.messageId(), received.messageId());
        assertEquals("hello", received.body());
        assertEquals("5d41402abc4b2a76b9719d911017c592", received.md5OfBody());
        assertEquals(sent.md5OfMessageAttributes(), received.md5OfMessageAttributes());
        assertEquals(attributes, received.messageAttributes());
        assertEquals("1", received.attributesAsStrings().get("ApproximateReceiveCount"));
        assertTrue(received.attributesAsStrings().containsKey("SentTimestamp"));
    }

    @Test
    void aReceivedMessageStaysInvisibleUntilItsVisibilityTimeoutEnds() {
        String url = queue("visibility");
        sqs.sendMessage(r -> r.queueUrl(url).messageBody("once"));

        Message first = sqs.receiveMessage(r -> r.queueUrl(url).visibilityTimeout(10)).messages().get(0);
        boolean hidden = sqs.receiveMessage(r -> r.queueUrl(url)).messages().isEmpty();
        STRATUS.clock().advance(Duration.ofSeconds(11));
        Message again = sqs.receiveMessage(r -> r.queueUrl(url).attributeNamesWithStrings("ApproximateReceiveCount"))
                .messages().get(0);

        assertTrue(hidden);
        assertEquals(first.messageId(), again.messageId());
        assertNotEquals(first.receiptHandle(), again.receiptHandle());
        assertEquals("2", again.attributesAsStrings().get("ApproximateReceiveCount"));
    }

    @Test
    void changeMessageVisibilityToZeroMakesTheMessageReceivableAtOnce() {
        String url = queue("change");
        sqs.sendMessage(r -> r.queueUrl(url).messageBody("back"));
        Message first = sqs.receiveMessage(r -> r.queueUrl(url)).messages().get(0);

        sqs.changeMessageVisibility(r -> r.queueUrl(url).receiptHandle(first.receiptHandle()).visibilityTimeout(0));

        assertEquals(first.messageId(), sqs.receiveMessage(r -> r.queueUrl(url)).messages().get(0).messageId());
    }

    @Test
    void changeMessageVisibilityWithAStaleHandleIsRefused() {
        String url = queue("stale");
        sqs.sendMessage(r -> r.queueUrl(url).messageBody("m"));
        Message first = sqs.receiveMessage(r -> r.queueUrl(url).visibilityTimeout(1)).messages().get(0);
        STRATUS.clock().advance(Duration.ofSeconds(2));
        sqs.receiveMessage(r -> r.queueUrl(url));

        SqsException error = assertThrows(SqsException.class, () -> sqs.changeMessageVisibility(
                r -> r.queueUrl(url).receiptHandle(first.receiptHandle()).visibilityTimeout(5)));
        assertEquals("InvalidParameterValue", error.awsErrorDetails().errorCode());
    }

    @Test
    void aDeletedMessageIsNeverReceivedAgain() {
        String url = queue("deleting");
        sqs.sendMessage(r -> r.queueUrl(url).messageBody("gone"));
        Message message = sqs.receiveMessage(r -> r.queueUrl(url).visibilityTimeout(0)).messages().get(0);

        sqs.deleteMessage(r -> r.queueUrl(url).receiptHandle(message.receiptHandle()));

        assertTrue(sqs.receiveMessage(r -> r.queueUrl(url)).messages().isEmpty());
        assertEquals("0", sqs.getQueueAttributes(r -> r.queueUrl(url).attributeNames(QueueAttributeName.ALL))
                .attributesAsStrings().get("ApproximateNumberOfMessagesNotVisible"));
    }

    @Test
    void aReceiptHandleStratusNeverIssuedIsInvalid() {
        String url = queue("handles");

        ReceiptHandleIsInvalidException error = assertThrows(ReceiptHandleIsInvalidException.class,
                () -> sqs.deleteMessage(r -> r.queueUrl(url).receiptHandle("nonsense")));
        assertEquals("The input receipt handle \"nonsense\" is not a valid receipt handle.",
                error.awsErrorDetails().errorMessage());
    }

    @Test
    void delayedMessagesWaitForTheirDelay() {
        String url = queue("delayed");
        sqs.sendMessage(r -> r.queueUrl(url).messageBody("later").delaySeconds(30));

        boolean early = sqs.receiveMessage(r -> r.queueUrl(url)).messages().isEmpty();
        String delayed = sqs.getQueueAttributes(r -> r.queueUrl(url).attributeNames(QueueAttributeName.ALL))
                .attributesAsStrings().get("ApproximateNumberOfMessagesDelayed");
        STRATUS.clock().advance(Duration.ofSeconds(30));

        assertTrue(early);
        assertEquals("1", delayed);
        assertEquals("later", sqs.receiveMessage(r -> r.queueUrl(url)).messages().get(0).body());
    }

    @Test
    void batchesSendAndDeleteEachEntryOnItsOwn() {
        String url = queue("batch");
        SendMessageBatchResponse sent = sqs.sendMessageBatch(r -> r.queueUrl(url).entries(
                SendMessageBatchRequestEntry.builder().id("a").messageBody("one").build(),
                SendMessageBatchRequestEntry.builder().id("b").messageBody("two").delaySeconds(901).build()));
        List<Message> received = sqs.receiveMessage(r -> r.queueUrl(url).maxNumberOfMessages(10)).messages();

        DeleteMessageBatchResponse deleted = sqs.deleteMessageBatch(r -> r.queueUrl(url).entries(
                e -> e.id("x").receiptHandle(received.get(0).receiptHandle()),
                e -> e.id("y").receiptHandle("bogus")));

        assertEquals(List.of("a"), sent.successful().stream().map(e -> e.id()).toList());
        BatchResultErrorEntry failed = sent.failed().get(0);
        assertEquals("b", failed.id());
        assertEquals("InvalidParameterValue", failed.code());
        assertTrue(failed.senderFault());
        assertEquals(1, received.size());
        assertEquals(List.of("x"), deleted.successful().stream().map(e -> e.id()).toList());
        assertEquals("ReceiptHandleIsInvalid", deleted.failed().get(0).code());
    }

    @Test
    void anEmptyBatchIsRefused() {
        String url = queue("empty-batch");

        EmptyBatchRequestException error = assertThrows(EmptyBatchRequestException.class,
                () -> sqs.sendMessageBatch(r -> r.queueUrl(url).entries(List.of())));
        assertEquals("There should be at least one SendMessageBatchRequestEntry in the request.",
                error.awsErrorDetails().errorMessage());
    }

    @Test
    void aLongPollAnswersAsSoonAsAMessageArrives() throws Exception {
        String url = queue("long-poll");
        CompletableFuture<List<Message>> waiting = CompletableFuture.supplyAsync(
                () -> sqs.receiveMessage(r -> r.queueUrl(url).waitTimeSeconds(20)).messages());

        awaitWaiting();
        sqs.sendMessage(r -> r.queueUrl(url).messageBody("woken"));

        assertEquals("woken", waiting.get(10, TimeUnit.SECONDS).get(0).body());
    }

    @Test
    void aLongPollGetsAMessageInFlightOnceTheClockPassesItsVisibilityTimeout() throws Exception {
        String url = queue("long-visible-again");
        sqs.sendMessage(r -> r.queueUrl(url).messageBody("again"));
        sqs.receiveMessage(r -> r.queueUrl(url).visibilityTimeout(15));
        CompletableFuture<List<Message>> waiting = CompletableFuture.supplyAsync(
                () -> sqs.receiveMessage(r -> r.queueUrl(url).waitTimeSeconds(20)).messages());

        awaitWaiting();
        STRATUS.clock().advance(Duration.ofSeconds(15));

        assertEquals("again", waiting.get(10, TimeUnit.SECONDS).get(0).body());
    }

    @Test
    void aLongPollWithNothingToReceiveAnswersEmptyAtTheEndOfTheWait() {
        String url = queue("long-empty");
        long started = System.nanoTime();

        List<Message> messages = sqs.receiveMessage(r -> r.queueUrl(url).waitTimeSeconds(1)).messages();

        assertTrue(messages.isEmpty());
        assertTrue(System.nanoTime() - started >= 900_000_000L);
    }

    @Test
    void aWaitTimeBeyondTwentySecondsIsRefused() {
        String url = queue("long-invalid");

        SqsException error = assertThrows(SqsException.class,
                () -> sqs.receiveMessage(r -> r.queueUrl(url).waitTimeSeconds(21)));
        assertEquals("InvalidParameterValue", error.awsErrorDetails().errorCode());
        assertEquals("Value 21 for parameter WaitTimeSeconds is invalid. Reason: Must be >= 0 and <= 20, if provided.",
                error.awsErrorDetails().errorMessage());
    }

    @Test
    void purgeRemovesEveryMessageAndASecondPurgeWithinAMinuteIsRefused() {
        String url = queue("purged");
        sqs.sendMessage(r -> r.queueUrl(url).messageBody("m"));

        sqs.purgeQueue(r -> r.queueUrl(url));
        SqsException again = assertThrows(SqsException.class, () -> sqs.purgeQueue(r -> r.queueUrl(url)));

        assertTrue(sqs.receiveMessage(r -> r.queueUrl(url)).messages().isEmpty());
        assertEquals(403, again.statusCode());
        assertEquals("AWS.SimpleQueueService.PurgeQueueInProgress", again.awsErrorDetails().errorCode());
    }

    private static void awaitWaiting() {
        LongPolls polls = STRATUS.server().instance(LongPolls.class);
        await().atMost(Duration.ofSeconds(10)).until(() -> polls.waiting() == 1);
    }
}
