package dev.stratus.sns.sdk;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.stratus.testkit.StratusExtension;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import software.amazon.awssdk.services.sns.SnsClient;
import software.amazon.awssdk.services.sns.model.InvalidParameterException;
import software.amazon.awssdk.services.sns.model.MessageAttributeValue;
import software.amazon.awssdk.services.sns.model.PublishBatchRequestEntry;
import software.amazon.awssdk.services.sns.model.PublishBatchResponse;
import software.amazon.awssdk.services.sqs.SqsClient;
import software.amazon.awssdk.services.sqs.model.Message;
import software.amazon.awssdk.services.sqs.model.QueueAttributeName;

/** Messages published to a topic arrive in the SQS queues subscribed to it, through the SQS plugin of the same server. */
class FanOutSdkTest {

    @RegisterExtension
    static final StratusExtension STRATUS = new StratusExtension();

    private static final ObjectMapper JSON = new ObjectMapper();

    private final SnsClient sns = STRATUS.client(SnsClient.class);
    private final SqsClient sqs = STRATUS.client(SqsClient.class);

    private record Queue(String url, String arn) {
    }

    private Queue queue(String name, Map<QueueAttributeName, String> attributes) {
        String url = sqs.createQueue(r -> r.queueName(name).attributes(attributes)).queueUrl();
        String arn = sqs.getQueueAttributes(r -> r.queueUrl(url).attributeNames(QueueAttributeName.QUEUE_ARN))
                .attributes().get(QueueAttributeName.QUEUE_ARN);
        return new Queue(url, arn);
    }

    private String subscribe(String topic, Queue queue, Map<String, String> attributes) {
        return sns.subscribe(r -> r.topicArn(topic).protocol("sqs").endpoint(queue.arn()).attributes(attributes))
                .subscriptionArn();
    }

    private List<Message> receive(Queue queue) {
        return sqs.receiveMessage(r -> r.queueUrl(queue.url()).maxNumberOfMessages(10).waitTimeSeconds(1)
                .messageAttributeNames("All")).messages();
    }

    @Test
    void aPublishedMessageArrivesInEverySubscribedQueueInSnsEnvelope() throws Exception {
        String topic = sns.createTopic(r -> r.name("barks")).topicArn();
        Queue first = queue("first", Map.of());
        Queue second = queue("second", Map.of());
        String subscription = subscribe(topic, first, Map.of());
        subscribe(topic, second, Map.of());

        String messageId = sns.publish(r -> r.topicArn(topic).subject("A new bark from Jane Doe")
                .message("Testing...1...2...3").messageAttributes(Map.of("author",
                        MessageAttributeValue.builder().dataType("String").stringValue("Jane Doe").build()))).messageId();

        for (Queue queue : List.of(first, second)) {
            List<Message> received = receive(queue);
            assertEquals(1, received.size());
            JsonNode envelope = JSON.readTree(received.get(0).body());
            assertEquals("Notification", envelope.get("Type").asText());
            assertEquals(messageId, envelope.get("MessageId").asText());
            assertEquals(topic, envelope.get("TopicArn").asText());
            assertEquals("A new bark from Jane Doe", envelope.get("Subject").asText());
            assertEquals("Testing...1...2...3", envelope.get("Message").asText());
            assertEquals("1", envelope.get("SignatureVersion").asText());
            assertTrue(envelope.get("Timestamp").asText().matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\.\\d{3}Z"));
            assertEquals("String", envelope.get("MessageAttributes").get("author").get("Type").asText());
            assertEquals("Jane Doe", envelope.get("MessageAttributes").get("author").get("Value").asText());
        }
        assertTrue(subscription.startsWith(topic + ":"));
    }

    @Test
    void rawMessageDeliverySendsTheMessageItselfWithItsAttributes() {
        String topic = sns.createTopic(r -> r.name("raw")).topicArn();
        Queue queue = queue("raw", Map.of());
        subscribe(topic, queue, Map.of("RawMessageDelivery", "true"));

        sns.publish(r -> r.topicArn(topic).message("{\"bark\":\"woof\"}").messageAttributes(Map.of("count",
                MessageAttributeValue.builder().dataType("Number").stringValue("3").build())));

        Message message = receive(queue).get(0);
        assertEquals("{\"bark\":\"woof\"}", message.body());
        assertEquals("Number", message.messageAttributes().get("count").dataType());
        assertEquals("3", message.messageAttributes().get("count").stringValue());
    }

    @Test
    void aFilterPolicyLetsThroughOnlyTheMessagesThatMeetIt() {
        String topic = sns.createTopic(r -> r.name("filtered")).topicArn();
        Queue queue = queue("filtered", Map.of());
        subscribe(topic, queue, Map.of("RawMessageDelivery", "true", "FilterPolicy",
                "{\"kind\":[\"bark\",{\"prefix\":\"howl\"}],\"volume\":[{\"numeric\":[\">\",5]}]}"));

        publish(topic, "loud bark", "bark", "9");
        publish(topic, "quiet bark", "bark", "2");
        publish(topic, "loud howl", "howling", "7");
        publish(topic, "loud purr", "purr", "8");

        assertEquals(List.of("loud bark", "loud howl"), receive(queue).stream().map(Message::body).sorted().toList());
    }

    private void publish(String topic, String message, String kind, String volume) {
        sns.publish(r -> r.topicArn(topic).message(message).messageAttributes(Map.of(
                "kind", MessageAttributeValue.builder().dataType("String").stringValue(kind).build(),
                "volume", MessageAttributeValue.builder().dataType("Number").stringValue(volume).build())));
    }

    @Test
    void anUnsubscribedQueueReceivesNothingMore() {
        String topic = sns.createTopic(r -> r.name("unsubscribed")).topicArn();
        Queue queue = queue("unsubscribed", Map.of());
        String subscription = subscribe(topic, queue, Map.of());

        sns.unsubscribe(r -> r.subscriptionArn(subscription));
        sns.publish(r -> r.topicArn(topic).message("nobody hears"));

        assertTrue(receive(queue).isEmpty());
    }

    @Test
    void publishBatchDeliversEachEntryAndReportsTheFailedOnes() {
        String topic = sns.createTopic(r -> r.name("batch")).topicArn();
        Queue queue = queue("batch", Map.of());
        subscribe(topic, queue, Map.of("RawMessageDelivery", "true"));

        PublishBatchResponse response = sns.publishBatch(r -> r.topicArn(topic).publishBatchRequestEntries(
                PublishBatchRequestEntry.builder().id("one").message("first").build(),
                PublishBatchRequestEntry.builder().id("two").message("second").build(),
                PublishBatchRequestEntry.builder().id("empty").message("").build()));

        assertEquals(List.of("one", "two"), response.successful().stream().map(e -> e.id()).toList());
        assertEquals("empty", response.failed().get(0).id());
        assertEquals("InvalidParameter", response.failed().get(0).code());
        assertTrue(response.failed().get(0).senderFault());
        assertEquals(List.of("first", "second"), receive(queue).stream().map(Message::body).sorted().toList());
    }

    @Test
    void aFifoTopicDeliversToAFifoQueueInOrderWithSequenceNumbers() {
        String topic = sns.createTopic(r -> r.name("orders.fifo").attributes(Map.of("FifoTopic", "true",
                "ContentBasedDeduplication", "true"))).topicArn();
        Queue queue = queue("orders.fifo", Map.of(QueueAttributeName.FIFO_QUEUE, "true"));
        subscribe(topic, queue, Map.of("RawMessageDelivery", "true"));

        String first = sns.publish(r -> r.topicArn(topic).message("one").messageGroupId("dogs")).sequenceNumber();
        String second = sns.publish(r -> r.topicArn(topic).message("two").messageGroupId("dogs")).sequenceNumber();

        assertTrue(second.compareTo(first) > 0);
        assertEquals(20, first.length());
        assertEquals(List.of("one", "two"), receive(queue).stream().map(Message::body).toList());
    }

    @Test
    void aFifoTopicRefusesMessagesWithoutAGroup() {
        String topic = sns.createTopic(r -> r.name("nogroup.fifo").attributes(Map.of("FifoTopic", "true",
                "ContentBasedDeduplication", "true"))).topicArn();

        InvalidParameterException error = assertThrows(InvalidParameterException.class,
                () -> sns.publish(r -> r.topicArn(topic).message("lost")));
        assertEquals("Invalid parameter: The MessageGroupId parameter is required for FIFO topics",
                error.awsErrorDetails().errorMessage());
    }

    @Test
    void messageStructureJsonSendsTheSqsMessageToQueues() {
        String topic = sns.createTopic(r -> r.name("structured")).topicArn();
        Queue queue = queue("structured", Map.of());
        subscribe(topic, queue, Map.of("RawMessageDelivery", "true"));

        sns.publish(r -> r.topicArn(topic).messageStructure("json")
                .message("{\"default\":\"for everyone\",\"sqs\":\"for queues\"}"));

        assertEquals("for queues", receive(queue).get(0).body());
        assertThrows(InvalidParameterException.class, () -> sns.publish(r -> r.topicArn(topic)
                .messageStructure("json").message("{\"sqs\":\"no default\"}")));
    }

    @Test
    void subscriptionsAreListedAndTheirAttributesShown() {
        String topic = sns.createTopic(r -> r.name("listed")).topicArn();
        Queue queue = queue("listed", Map.of());
        String subscription = subscribe(topic, queue, Map.of());

        sns.setSubscriptionAttributes(r -> r.subscriptionArn(subscription).attributeName("RawMessageDelivery")
                .attributeValue("true"));

        Map<String, String> attributes = sns.getSubscriptionAttributes(r -> r.subscriptionArn(subscription))
                .attributes();
        assertEquals("true", attributes.get("RawMessageDelivery"));
        assertEquals(queue.arn(), attributes.get("Endpoint"));
        assertEquals("false", attributes.get("PendingConfirmation"));
        assertEquals(List.of(subscription), sns.listSubscriptionsByTopic(r -> r.topicArn(topic)).subscriptions()
                .stream().map(s -> s.subscriptionArn()).toList());
        assertTrue(sns.listSubscriptions().subscriptions().stream()
                .anyMatch(s -> s.subscriptionArn().equals(subscription) && s.protocol().equals("sqs")));
    }

    @Test
    void subscribingSomethingOtherThanAnSqsArnIsRefused() {
        String topic = sns.createTopic(r -> r.name("refused")).topicArn();

        InvalidParameterException error = assertThrows(InvalidParameterException.class, () -> sns.subscribe(
                r -> r.topicArn(topic).protocol("sqs").endpoint("not-an-arn")));
        assertEquals("Invalid parameter: SQS endpoint ARN", error.awsErrorDetails().errorMessage());
        assertThrows(InvalidParameterException.class, () -> sns.subscribe(
                r -> r.topicArn(topic).protocol("carrier-pigeon").endpoint("roof")));
    }
}
