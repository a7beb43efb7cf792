package dev.stratus.sqs.sdk;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.stratus.gateway.Stratus;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.sqs.SqsClient;
import software.amazon.awssdk.services.sqs.model.Message;
import software.amazon.awssdk.services.sqs.model.QueueAttributeName;

/**
 * With a data directory, queues, their attributes and tags, their messages and their FIFO deduplication ids survive a
 * restart.
 */
class SqsRestartSdkTest {

    @TempDir
    Path dataDir;

    @Test
    void queuesAndMessagesSurviveARestart() {
        String url;
        try (Stratus first = start(); SqsClient sqs = client(first)) {
            url = sqs.createQueue(r -> r.queueName("durable").attributesWithStrings(Map.of("DelaySeconds", "0"))
                    .tags(Map.of("team", "a"))).queueUrl();
            sqs.sendMessage(r -> r.queueUrl(url).messageBody("first"));
            sqs.sendMessage(r -> r.queueUrl(url).messageBody("second"));
            Message received = sqs.receiveMessage(r -> r.queueUrl(url)).messages().get(0);
            sqs.deleteMessage(r -> r.queueUrl(url).receiptHandle(received.receiptHandle()));
        }

        try (Stratus second = start(); SqsClient sqs = client(second)) {
            assertEquals(Map.of("team", "a"), sqs.listQueueTags(r -> r.queueUrl(url)).tags());
            assertEquals("1", sqs.getQueueAttributes(r -> r.queueUrl(url)
                    .attributeNames(QueueAttributeName.APPROXIMATE_NUMBER_OF_MESSAGES))
                    .attributesAsStrings().get("ApproximateNumberOfMessages"));
            assertEquals("second", sqs.receiveMessage(r -> r.queueUrl(url)).messages().get(0).body());
        }
    }

    @Test
    void aFifoDeduplicationIdIsRememberedAcrossARestart() {
        String url;
        String messageId;
        try (Stratus first = start(); SqsClient sqs = client(first)) {
            url = sqs.createQueue(r -> r.queueName("remembering.fifo").attributesWithStrings(Map.of("FifoQueue", "true")))
                    .queueUrl();
            messageId = sqs.sendMessage(r -> r.queueUrl(url).messageBody("once").messageGroupId("g")
                    .messageDeduplicationId("order-1")).messageId();
        }

        try (Stratus second = start(); SqsClient sqs = client(second)) {
            String again = sqs.sendMessage(r -> r.queueUrl(url).messageBody("once").messageGroupId("g")
                    .messageDeduplicationId("order-1")).messageId();

            assertEquals(messageId, again);
            assertEquals(1, sqs.receiveMessage(r -> r.queueUrl(url).maxNumberOfMessages(10)).messages().size());
        }
    }

    private Stratus start() {
        return Stratus.builder().setting("port", "0").setting("data-dir", dataDir.toString()).start();
    }

    private static SqsClient client(Stratus stratus) {
        return SqsClient.builder().endpointOverride(stratus.endpoint()).region(Region.US_EAST_1)
                .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create("123456789012", "test")))
                .build();
    }
}
