package dev.stratus.sns.sdk;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.stratus.gateway.Stratus;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.sns.SnsClient;
import software.amazon.awssdk.services.sns.model.MessageAttributeValue;
import software.amazon.awssdk.services.sns.model.Subscription;
import software.amazon.awssdk.services.sqs.SqsClient;
import software.amazon.awssdk.services.sqs.model.Message;
import software.amazon.awssdk.services.sqs.model.QueueAttributeName;

/** With a data directory, topics with their attributes and tags, and subscriptions with theirs, survive a restart. */
class SnsRestartSdkTest {

    @TempDir
    Path dataDir;

    @Test
    void topicsAndSubscriptionsSurviveARestart() {
        String topic;
        String fifo;
        String queueUrl;
        String subscription;
        String firstSequence;
        try (Stratus first = start(); SnsClient sns = client(first, SnsClient.builder());
             SqsClient sqs = client(first, SqsClient.builder())) {
            topic = sns.createTopic(r -> r.name("durable").attributes(Map.of("DisplayName", "Barks"))
                    .tags(t -> t.key("team").value("a"))).topicArn();
            sns.setTopicAttributes(r -> r.topicArn(topic).attributeName("DisplayName").attributeValue("New barks"));
            queueUrl = sqs.createQueue(r -> r.queueName("barks")).queueUrl();
            String queueArn = sqs.getQueueAttributes(r -> r.queueUrl(queueUrl)
                    .attributeNames(QueueAttributeName.QUEUE_ARN)).attributes().get(QueueAttributeName.QUEUE_ARN);
            subscription = sns.subscribe(r -> r.topicArn(topic).protocol("sqs").endpoint(queueArn)
                    .attributes(Map.of("FilterPolicy", "{\"kind\":[\"bark\"]}", "RawMessageDelivery", "true")))
                    .subscriptionArn();
            sns.subscribe(r -> r.topicArn(topic).protocol("email").endpoint("jane@example.com"));
            fifo = sns.createTopic(r -> r.name("ordered.fifo").attributes(Map.of("FifoTopic", "true",
                    "ContentBasedDeduplication", "true"))).topicArn();
            firstSequence = sns.publish(r -> r.topicArn(fifo).message("one").messageGroupId("g")).sequenceNumber();
            String deleted = sns.createTopic(r -> r.name("deleted")).topicArn();
            sns.deleteTopic(r -> r.topicArn(deleted));
        }

        try (Stratus second = start(); SnsClient sns = client(second, SnsClient.builder());
             SqsClient sqs = client(second, SqsClient.builder())) {
            assertEquals(List.of(topic, fifo), sns.listTopics().topics().stream().map(t -> t.topicArn()).toList());
            assertEquals("New barks", sns.getTopicAttributes(r -> r.topicArn(topic)).attributes().get("DisplayName"));
            assertEquals("a", sns.listTagsForResource(r -> r.resourceArn(topic)).tags().get(0).value());
            List<Subscription> subscriptions = sns.listSubscriptionsByTopic(r -> r.topicArn(topic)).subscriptions();
            assertEquals(2, subscriptions.size());
            assertTrue(subscriptions.stream().anyMatch(s -> s.subscriptionArn().equals("PendingConfirmation")
                    && s.endpoint().equals("jane@example.com")));
            assertEquals("true", sns.getSubscriptionAttributes(r -> r.subscriptionArn(subscription)).attributes()
                    .get("RawMessageDelivery"));

            sns.publish(r -> r.topicArn(topic).message("meow").messageAttributes(Map.of("kind", kind("meow"))));
            sns.publish(r -> r.topicArn(topic).message("woof").messageAttributes(Map.of("kind", kind("bark"))));
            List<Message> received = sqs.receiveMessage(r -> r.queueUrl(queueUrl).maxNumberOfMessages(10)
                    .waitTimeSeconds(1)).messages();
            assertEquals(List.of("woof"), received.stream().map(Message::body).toList());
            String nextSequence = sns.publish(r -> r.topicArn(fifo).message("two").messageGroupId("g"))
                    .sequenceNumber();
            assertTrue(nextSequence.compareTo(firstSequence) > 0, nextSequence + " after " + firstSequence);
        }
    }

    private static MessageAttributeValue kind(String value) {
        return MessageAttributeValue.builder().dataType("String").stringValue(value).build();
    }

    private Stratus start() {
        return Stratus.builder().setting("port", "0").setting("data-dir", dataDir.toString())
                .setting("lambda.node-sdk-prepare-at-start", "false").start();
    }

    private static <B extends software.amazon.awssdk.awscore.client.builder.AwsClientBuilder<B, C>, C> C client(
            Stratus stratus, B builder) {
        return builder.endpointOverride(stratus.endpoint()).region(Region.US_EAST_1)
                .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create("123456789012", "test")))
                .build();
    }
}
