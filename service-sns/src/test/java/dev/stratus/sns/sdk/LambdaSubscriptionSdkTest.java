package dev.stratus.sns.sdk;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.stratus.testkit.StratusExtension;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.services.lambda.LambdaClient;
import software.amazon.awssdk.services.sns.SnsClient;
import software.amazon.awssdk.services.sns.model.MessageAttributeValue;

/** Messages published to a topic invoke the Lambda functions subscribed to it, with the SNS event AWS sends. */
class LambdaSubscriptionSdkTest {

    /** Appends every event it receives to EVENTS_FILE, one JSON document a line. */
    private static final String RECORDER = """
            const fs = require('fs');
            exports.handler = async (event) => {
              fs.appendFileSync(process.env.EVENTS_FILE, JSON.stringify(event) + '\\n');
            };
            """;
    private static final ObjectMapper JSON = new ObjectMapper();

    // The function records what it was given in a file of the test's folder, which only a plain process sees.
    @RegisterExtension
    static final StratusExtension STRATUS = StratusExtension.builder().setting("lambda.isolation", "process").build();

    @TempDir
    Path files;

    private final SnsClient sns = STRATUS.client(SnsClient.class);
    private final LambdaClient lambda = STRATUS.client(LambdaClient.class);

    @Test
    void aPublishedMessageInvokesTheSubscribedFunctionWithTheSnsEvent() throws Exception {
        Path events = files.resolve("events.jsonl");
        String function = recorder("bark-reader", events);
        String topic = sns.createTopic(r -> r.name("barks")).topicArn();
        String subscription = sns.subscribe(r -> r.topicArn(topic).protocol("lambda").endpoint(function))
                .subscriptionArn();

        String messageId = sns.publish(r -> r.topicArn(topic).subject("A new bark from Jane Doe")
                .message("Testing...1...2...3").messageAttributes(Map.of("author",
                        MessageAttributeValue.builder().dataType("String").stringValue("Jane Doe").build()))).messageId();

        JsonNode event = JSON.readTree(awaitLines(events, 1).get(0));
        JsonNode record = event.get("Records").get(0);
        assertEquals(1, event.get("Records").size());
        assertEquals("aws:sns", record.get("EventSource").asText());
        assertEquals("1.0", record.get("EventVersion").asText());
        assertEquals(subscription, record.get("EventSubscriptionArn").asText());
        JsonNode message = record.get("Sns");
        assertEquals(List.of("Type", "MessageId", "TopicArn", "Subject", "Message", "Timestamp", "SignatureVersion",
                "Signature", "SigningCertUrl", "UnsubscribeUrl", "MessageAttributes"), fieldNames(message));
        assertEquals("Notification", message.get("Type").asText());
        assertEquals(messageId, message.get("MessageId").asText());
        assertEquals(topic, message.get("TopicArn").asText());
        assertEquals("A new bark from Jane Doe", message.get("Subject").asText());
        assertEquals("Testing...1...2...3", message.get("Message").asText());
        assertEquals("1", message.get("SignatureVersion").asText());
        assertTrue(message.get("Timestamp").asText().matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\.\\d{3}Z"));
        assertTrue(message.get("UnsubscribeUrl").asText().contains("Action=Unsubscribe"));
        assertEquals("String", message.get("MessageAttributes").get("author").get("Type").asText());
        assertEquals("Jane Doe", message.get("MessageAttributes").get("author").get("Value").asText());
    }

    @Test
    void aMessageWithoutSubjectOrAttributesCarriesANullSubjectAndNoAttributes() throws Exception {
        Path events = files.resolve("plain.jsonl");
        String function = recorder("plain-reader", events);
        String topic = sns.createTopic(r -> r.name("plain")).topicArn();
        sns.subscribe(r -> r.topicArn(topic).protocol("lambda").endpoint(function));

        sns.publish(r -> r.topicArn(topic).message("hello"));

        JsonNode message = JSON.readTree(awaitLines(events, 1).get(0)).get("Records").get(0).get("Sns");
        assertTrue(message.get("Subject").isNull());
        assertEquals(0, message.get("MessageAttributes").size());
    }

    @Test
    void theFilterPolicyDecidesWhichMessagesInvokeTheFunction() throws Exception {
        Path events = files.resolve("filtered.jsonl");
        String function = recorder("filtered-reader", events);
        String topic = sns.createTopic(r -> r.name("filtered")).topicArn();
        sns.subscribe(r -> r.topicArn(topic).protocol("lambda").endpoint(function)
                .attributes(Map.of("FilterPolicy", "{\"kind\":[\"bark\"]}")));

        sns.publish(r -> r.topicArn(topic).message("meow").messageAttributes(Map.of("kind",
                MessageAttributeValue.builder().dataType("String").stringValue("meow").build())));
        sns.publish(r -> r.topicArn(topic).message("woof").messageAttributes(Map.of("kind",
                MessageAttributeValue.builder().dataType("String").stringValue("bark").build())));

        List<String> lines = awaitLines(events, 1);
        assertEquals("woof", JSON.readTree(lines.get(0)).get("Records").get(0).get("Sns").get("Message").asText());
        sns.publish(r -> r.topicArn(topic).message("woof again").messageAttributes(Map.of("kind",
                MessageAttributeValue.builder().dataType("String").stringValue("bark").build())));
        assertEquals("woof again", JSON.readTree(awaitLines(events, 2).get(1)).get("Records").get(0).get("Sns")
                .get("Message").asText());
    }

    @Test
    void aFunctionThatDoesNotExistCanBeSubscribedAndReceivesNothing() {
        String topic = sns.createTopic(r -> r.name("nowhere")).topicArn();
        String missing = "arn:aws:lambda:us-east-1:" + STRATUS.accountId() + ":function:missing";

        String subscription = sns.subscribe(r -> r.topicArn(topic).protocol("lambda").endpoint(missing))
                .subscriptionArn();

        assertTrue(subscription.startsWith(topic + ":"));
        assertEquals("false", sns.getSubscriptionAttributes(r -> r.subscriptionArn(subscription)).attributes()
                .get("PendingConfirmation"));
        assertTrue(sns.publish(r -> r.topicArn(topic).message("lost")).messageId().length() > 0);
    }

    private String recorder(String name, Path events) {
        return NodeFunctions.create(lambda, STRATUS.accountId(), name, RECORDER,
                Map.of("EVENTS_FILE", events.toString()));
    }

    private static List<String> awaitLines(Path file, int count) {
        return await().atMost(Duration.ofSeconds(30)).until(() -> lines(file), lines -> lines.size() >= count);
    }

    private static List<String> lines(Path file) throws IOException {
        return Files.exists(file) ? Files.readAllLines(file) : List.of();
    }

    private static List<String> fieldNames(JsonNode node) {
        List<String> names = new java.util.ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }
}
