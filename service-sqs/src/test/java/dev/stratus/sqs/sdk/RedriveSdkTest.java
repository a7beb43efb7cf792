package dev.stratus.sqs.sdk;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.stratus.testkit.StratusExtension;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import software.amazon.awssdk.services.sqs.SqsClient;
import software.amazon.awssdk.services.sqs.model.ListMessageMoveTasksResultEntry;
import software.amazon.awssdk.services.sqs.model.Message;
import software.amazon.awssdk.services.sqs.model.QueueAttributeName;
import software.amazon.awssdk.services.sqs.model.SqsException;

/** Dead-letter queues: redrive after maxReceiveCount, the sources of a dead-letter queue, move tasks back. */
class RedriveSdkTest {

    @RegisterExtension
    static final StratusExtension STRATUS = new StratusExtension();

    private final SqsClient sqs = STRATUS.client(SqsClient.class);

    private String arnOf(String url) {
        return sqs.getQueueAttributes(r -> r.queueUrl(url).attributeNames(QueueAttributeName.QUEUE_ARN))
                .attributesAsStrings().get("QueueArn");
    }

    private String sourceWithDeadLetterQueue(String name, String deadLetterUrl) {
        String policy = "{\"deadLetterTargetArn\":\"" + arnOf(deadLetterUrl) + "\",\"maxReceiveCount\":\"2\"}";
        return sqs.createQueue(r -> r.queueName(name).attributesWithStrings(Map.of("RedrivePolicy", policy,
                "VisibilityTimeout", "0"))).queueUrl();
    }

    @Test
    void aMessageReceivedMaxReceiveCountTimesMovesToTheDeadLetterQueue() {
        String dlq = sqs.createQueue(r -> r.queueName("dead")).queueUrl();
        String source = sourceWithDeadLetterQueue("source", dlq);
        sqs.sendMessage(r -> r.queueUrl(source).messageBody("poison"));

        sqs.receiveMessage(r -> r.queueUrl(source));
        sqs.receiveMessage(r -> r.queueUrl(source));
        List<Message> third = sqs.receiveMessage(r -> r.queueUrl(source)).messages();
        Message dead = sqs.receiveMessage(r -> r.queueUrl(dlq).messageSystemAttributeNamesWithStrings("All"))
                .messages().get(0);

        assertTrue(third.isEmpty());
        assertEquals("poison", dead.body());
        assertEquals("3", dead.attributesAsStrings().get("ApproximateReceiveCount"));
        assertEquals(List.of(source), sqs.listDeadLetterSourceQueues(r -> r.queueUrl(dlq)).queueUrls());
    }

    @Test
    void aRedrivePolicyNamingNoQueueIsRefused() {
        SqsException error = assertThrows(SqsException.class, () -> sqs.createQueue(r -> r.queueName("orphan")
                .attributesWithStrings(Map.of("RedrivePolicy",
                        "{\"deadLetterTargetArn\":\"arn:aws:sqs:us-east-1:" + STRATUS.accountId()
                                + ":nowhere\",\"maxReceiveCount\":\"2\"}"))));

        assertEquals("InvalidAttributeValue", error.awsErrorDetails().errorCode());
    }

    @Test
    void aMoveTaskReturnsDeadLettersToTheirSourceQueue() {
        String dlq = sqs.createQueue(r -> r.queueName("dead-moved")).queueUrl();
        String source = sourceWithDeadLetterQueue("source-moved", dlq);
        sqs.sendMessage(r -> r.queueUrl(source).messageBody("retry me"));
        for (int i = 0; i < 3; i++) {
            sqs.receiveMessage(r -> r.queueUrl(source));
        }

        sqs.startMessageMoveTask(r -> r.sourceArn(arnOf(dlq)));
        List<ListMessageMoveTasksResultEntry> tasks = sqs.listMessageMoveTasks(r -> r.sourceArn(arnOf(dlq))).results();

        assertEquals("retry me", sqs.receiveMessage(r -> r.queueUrl(source)).messages().get(0).body());
        assertEquals("COMPLETED", tasks.get(0).status());
        assertEquals(1L, tasks.get(0).approximateNumberOfMessagesMoved());
    }

    @Test
    void aMoveTaskFromAQueueThatIsNoDeadLetterQueueIsRefused() {
        String plain = sqs.createQueue(r -> r.queueName("not-dead")).queueUrl();

        SqsException error = assertThrows(SqsException.class,
                () -> sqs.startMessageMoveTask(r -> r.sourceArn(arnOf(plain))));
        assertEquals("InvalidParameterValue", error.awsErrorDetails().errorCode());
    }
}
