package dev.stratus.sqs.sdk;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.stratus.testkit.StratusExtension;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import software.amazon.awssdk.services.sqs.SqsClient;
import software.amazon.awssdk.services.sqs.model.Message;
import software.amazon.awssdk.services.sqs.model.SendMessageResponse;
import software.amazon.awssdk.services.sqs.model.SqsException;

/** FIFO queues: order within a message group, one group in flight at a time, deduplication. */
class FifoSdkTest {

    @RegisterExtension
    static final StratusExtension STRATUS = new StratusExtension();

    private final SqsClient sqs = STRATUS.client(SqsClient.class);

    private String fifo(String name, boolean contentBased) {
        return sqs.createQueue(r -> r.queueName(name).attributesWithStrings(Map.of("FifoQueue", "true",
                "ContentBasedDeduplication", Boolean.toString(contentBased)))).queueUrl();
    }

    private SendMessageResponse send(String url, String group, String body) {
        return sqs.sendMessage(r -> r.queueUrl(url).messageGroupId(group).messageBody(body)
                .messageDeduplicationId(body));
    }

    @Test
    void messagesOfAGroupArriveInOrderWithSequenceNumbers() {
        String url = fifo("ordered.fifo", false);
        SendMessageResponse first = send(url, "g", "1");
        send(url, "g", "2");
        send(url, "g", "3");

        List<Message> received = sqs.receiveMessage(r -> r.queueUrl(url).maxNumberOfMessages(10)
                .messageSystemAttributeNamesWithStrings("All")).messages();

        assertNotNull(first.sequenceNumber());
        assertEquals(List.of("1", "2", "3"), received.stream().map(Message::body).toList());
        assertEquals("g", received.get(0).attributesAsStrings().get("MessageGroupId"));
    }

    @Test
    void aGroupWithAMessageInFlightDeliversNothingElse() {
        String url = fifo("blocked.fifo", false);
        send(url, "a", "a1");
        send(url, "a", "a2");
        send(url, "b", "b1");

        Message first = sqs.receiveMessage(r -> r.queueUrl(url)).messages().get(0);
        List<Message> next = sqs.receiveMessage(r -> r.queueUrl(url).maxNumberOfMessages(10)).messages();

        assertEquals("a1", first.body());
        assertEquals(List.of("b1"), next.stream().map(Message::body).toList());
    }

    @Test
    void aDuplicateWithinFiveMinutesIsAcceptedButNotDeliveredTwice() {
        String url = fifo("dedup.fifo", true);

        String id = sqs.sendMessage(r -> r.queueUrl(url).messageGroupId("g").messageBody("same")).messageId();
        String again = sqs.sendMessage(r -> r.queueUrl(url).messageGroupId("g").messageBody("same")).messageId();

        assertEquals(id, again);
        assertEquals(1, sqs.receiveMessage(r -> r.queueUrl(url).maxNumberOfMessages(10)).messages().size());
    }

    @Test
    void aFifoMessageNeedsAGroupAndADeduplicationId() {
        String url = fifo("strict.fifo", false);

        SqsException noGroup = assertThrows(SqsException.class,
                () -> sqs.sendMessage(r -> r.queueUrl(url).messageBody("x").messageDeduplicationId("d")));
        SqsException noDedup = assertThrows(SqsException.class,
                () -> sqs.sendMessage(r -> r.queueUrl(url).messageBody("x").messageGroupId("g")));

        assertEquals("MissingParameter", noGroup.awsErrorDetails().errorCode());
        assertEquals("The request must contain the parameter MessageGroupId.", noGroup.awsErrorDetails().errorMessage());
        assertEquals("InvalidParameterValue", noDedup.awsErrorDetails().errorCode());
    }

    @Test
    void aFifoQueueNameMustEndWithFifo() {
        SqsException error = assertThrows(SqsException.class, () -> sqs.createQueue(
                r -> r.queueName("plain").attributesWithStrings(Map.of("FifoQueue", "true"))));

        assertEquals("InvalidParameterValue", error.awsErrorDetails().errorCode());
        assertTrue(error.awsErrorDetails().errorMessage().contains(".fifo"));
    }

    @Test
    void aReceiveRetriedWithItsAttemptIdGetsTheSameMessagesAgain() {
        String url = fifo("retried.fifo", false);
        send(url, "g", "1");
        send(url, "g", "2");

        List<Message> first = sqs.receiveMessage(r -> r.queueUrl(url).maxNumberOfMessages(1)
                .receiveRequestAttemptId("attempt-1")).messages();
        List<Message> retried = sqs.receiveMessage(r -> r.queueUrl(url).maxNumberOfMessages(1)
                .receiveRequestAttemptId("attempt-1")).messages();
        List<Message> otherAttempt = sqs.receiveMessage(r -> r.queueUrl(url).maxNumberOfMessages(1)
                .receiveRequestAttemptId("attempt-2")).messages();
        sqs.deleteMessage(r -> r.queueUrl(url).receiptHandle(first.get(0).receiptHandle()));
        List<Message> afterDelete = sqs.receiveMessage(r -> r.queueUrl(url).maxNumberOfMessages(1)
                .receiveRequestAttemptId("attempt-1")).messages();

        assertEquals("1", retried.get(0).body());
        assertEquals(first.get(0).receiptHandle(), retried.get(0).receiptHandle());
        assertTrue(otherAttempt.isEmpty());
        assertEquals("2", afterDelete.get(0).body());
    }
}
