package dev.stratus.sns.sdk;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.stratus.testkit.StratusExtension;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import software.amazon.awssdk.services.sns.SnsClient;
import software.amazon.awssdk.services.sqs.SqsClient;

/** The console's view of a topic's recent deliveries: each subscription's outcome, newest first, in its own scope. */
class RecentDeliveriesSdkTest {

    @RegisterExtension
    static final StratusExtension STRATUS = new StratusExtension();

    private static final ObjectMapper JSON = new ObjectMapper();

    private final SnsClient sns = STRATUS.client(SnsClient.class);
    private final SqsClient sqs = STRATUS.client(SqsClient.class);

    @Test
    void aPublishedMessagesDeliveriesAreListedWithHowEachWent() throws Exception {
        String topic = sns.createTopic(r -> r.name("watched")).topicArn();
        sqs.createQueue(r -> r.queueName("watcher"));
        String account = STRATUS.accountId();
        sns.subscribe(r -> r.topicArn(topic).protocol("sqs").endpoint("arn:aws:sqs:us-east-1:" + account + ":watcher"));
        sns.subscribe(r -> r.topicArn(topic).protocol("sqs").endpoint("arn:aws:sqs:us-east-1:" + account + ":gone"));

        String messageId = sns.publish(r -> r.topicArn(topic).message("hello")).messageId();

        await().atMost(Duration.ofSeconds(10)).until(() -> deliveries(account, topic).path("deliveries").size() == 2);
        JsonNode deliveries = deliveries(account, topic).path("deliveries");
        for (JsonNode delivery : deliveries) {
            assertEquals(messageId, delivery.path("messageId").asText());
            assertEquals("sqs", delivery.path("protocol").asText());
            String expected = delivery.path("endpoint").asText().endsWith(":watcher") ? "delivered" : "refused: ";
            assertEquals(expected, delivery.path("outcome").asText().substring(0, expected.length()),
                    delivery.toString());
        }
    }

    @Test
    void aTopicOfAnotherAccountIsNotFound() throws Exception {
        String topic = sns.createTopic(r -> r.name("private")).topicArn();

        HttpResponse<String> response = view("111122223333", topic);

        assertEquals(404, response.statusCode());
        assertEquals("{\"__type\":\"NotFoundException\",\"message\":\"Topic does not exist\"}", response.body());
    }

    private static JsonNode deliveries(String account, String topic) throws Exception {
        HttpResponse<String> response = view(account, topic);
        assertEquals(200, response.statusCode(), response.body());
        return JSON.readTree(response.body());
    }

    private static HttpResponse<String> view(String account, String topic) throws Exception {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(STRATUS.endpoint().resolve(
                "/_stratus/console/api/view/sns/deliveries?region=us-east-1&account=" + account + "&topic="
                        + URLEncoder.encode(topic, StandardCharsets.UTF_8))).build(), HttpResponse.BodyHandlers.ofString());
    }
}
