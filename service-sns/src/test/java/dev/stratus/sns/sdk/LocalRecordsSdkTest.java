package dev.stratus.sns.sdk;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.stratus.testkit.StratusExtension;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import software.amazon.awssdk.services.sns.SnsClient;

/**
 * Email, email-json and SMS endpoints receive nothing off the machine: what they would have received is listed by
 * {@code GET /_stratus/sns/messages}, confirmation requests included.
 */
class LocalRecordsSdkTest {

    @RegisterExtension
    static final StratusExtension STRATUS = new StratusExtension();

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    private final SnsClient sns = STRATUS.client(SnsClient.class);

    @Test
    void anEmailSubscriptionIsConfirmedThroughTheLinkOfItsListedConfirmationAndThenReceivesMessages() throws Exception {
        String topic = sns.createTopic(r -> r.name("mail")).topicArn();
        sns.subscribe(r -> r.topicArn(topic).protocol("email").endpoint("jane@example.com"));

        JsonNode confirmation = recordsOf("jane@example.com").get(0);
        assertEquals("SubscriptionConfirmation", confirmation.get("type").asText());
        assertEquals("email", confirmation.get("protocol").asText());
        assertEquals(topic, confirmation.get("topicArn").asText());
        String subscribeUrl = JSON.readTree(confirmation.get("message").asText()).get("SubscribeURL").asText();
        assertEquals("PendingConfirmation",
                sns.listSubscriptionsByTopic(r -> r.topicArn(topic)).subscriptions().get(0).subscriptionArn());

        assertEquals(200, get(subscribeUrl).statusCode());
        String messageId = sns.publish(r -> r.topicArn(topic).subject("A new bark").message("Woof")).messageId();

        JsonNode notification = recordsOf("jane@example.com").get(1);
        assertEquals("Notification", notification.get("type").asText());
        assertEquals(messageId, notification.get("messageId").asText());
        assertEquals("A new bark", notification.get("subject").asText());
        assertEquals("Woof", notification.get("message").asText());
        assertTrue(notification.get("subscriptionArn").asText().startsWith(topic + ":"));
    }

    @Test
    void emailJsonKeepsTheEnvelopeAndSmsTheText() throws Exception {
        String topic = sns.createTopic(r -> r.name("both")).topicArn();
        sns.subscribe(r -> r.topicArn(topic).protocol("email-json").endpoint("ops@example.com"));
        String token = tokenIn(recordsOf("ops@example.com").get(0));
        sns.confirmSubscription(r -> r.topicArn(topic).token(token));
        sns.subscribe(r -> r.topicArn(topic).protocol("sms").endpoint("+15555550100"));

        String messageId = sns.publish(r -> r.topicArn(topic).message("Status: green")).messageId();

        JsonNode envelope = JSON.readTree(recordsOf("ops@example.com").get(1).get("message").asText());
        assertEquals("Notification", envelope.get("Type").asText());
        assertEquals(messageId, envelope.get("MessageId").asText());
        assertEquals("Status: green", envelope.get("Message").asText());
        List<JsonNode> texts = recordsOf("+15555550100");
        assertEquals(1, texts.size());
        assertEquals("Status: green", texts.get(0).get("message").asText());
    }

    @Test
    void theUnsubscribeLinkOfAMessageEndsTheSubscription() throws Exception {
        String topic = sns.createTopic(r -> r.name("leaving")).topicArn();
        sns.subscribe(r -> r.topicArn(topic).protocol("email-json").endpoint("leaving@example.com"));
        String token = tokenIn(recordsOf("leaving@example.com").get(0));
        sns.confirmSubscription(r -> r.topicArn(topic).token(token));
        sns.publish(r -> r.topicArn(topic).message("goodbye"));
        JsonNode envelope = JSON.readTree(recordsOf("leaving@example.com").get(1).get("message").asText());

        assertEquals(200, get(envelope.get("UnsubscribeURL").asText()).statusCode());

        assertTrue(sns.listSubscriptionsByTopic(r -> r.topicArn(topic)).subscriptions().isEmpty());
    }

    @Test
    void otherPathsAndWritesUnderSnsPlatformPathAreRefused() throws Exception {
        assertEquals(404, get(STRATUS.endpoint() + "/_stratus/sns/nothing").statusCode());
        HttpResponse<String> post = HTTP.send(HttpRequest.newBuilder(URI.create(STRATUS.endpoint()
                + "/_stratus/sns/messages")).POST(HttpRequest.BodyPublishers.noBody()).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(405, post.statusCode());
    }

    private static String tokenIn(JsonNode confirmation) throws Exception {
        return JSON.readTree(confirmation.get("message").asText()).get("Token").asText();
    }

    private static List<JsonNode> recordsOf(String endpoint) throws Exception {
        HttpResponse<String> response = get(STRATUS.endpoint() + "/_stratus/sns/messages");
        assertEquals(200, response.statusCode());
        assertEquals("application/json", response.headers().firstValue("Content-Type").orElse(""));
        List<JsonNode> records = new ArrayList<>();
        JSON.readTree(response.body()).get("messages").forEach(record -> {
            if (record.get("endpoint").asText().equals(endpoint)) {
                records.add(record);
            }
        });
        return records;
    }

    private static HttpResponse<String> get(String url) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create(url)).GET().build(), HttpResponse.BodyHandlers.ofString());
    }
}
