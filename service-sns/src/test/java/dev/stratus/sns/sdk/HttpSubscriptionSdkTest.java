package dev.stratus.sns.sdk;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpServer;
import dev.stratus.testkit.StratusExtension;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import software.amazon.awssdk.services.sns.SnsClient;
import software.amazon.awssdk.services.sns.model.Subscription;

/**
 * HTTP endpoints subscribed to a topic: the SubscriptionConfirmation handshake, then each message POSTed with SNS's
 * headers, retried by the default delivery policy when the endpoint fails.
 */
class HttpSubscriptionSdkTest {

    @RegisterExtension
    static final StratusExtension STRATUS = StratusExtension.builder().withTestClock().build();

    private static final ObjectMapper JSON = new ObjectMapper();

    private final SnsClient sns = STRATUS.client(SnsClient.class);
    private final BlockingQueue<Received> received = new LinkedBlockingQueue<>();
    /** How many requests the receiver still answers with 500. */
    private final AtomicInteger failures = new AtomicInteger();
    private HttpServer receiver;

    private record Received(Map<String, String> headers, String body) {
        JsonNode json() throws IOException {
            return JSON.readTree(body);
        }
    }

    @BeforeEach
    void startReceiver() throws IOException {
        receiver = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        receiver.createContext("/", exchange -> {
            Map<String, String> headers = new java.util.HashMap<>();
            exchange.getRequestHeaders().forEach((name, values) -> headers.put(name.toLowerCase(), values.get(0)));
            String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            received.add(new Received(headers, body));
            exchange.sendResponseHeaders(failures.getAndUpdate(n -> Math.max(0, n - 1)) > 0 ? 500 : 200, -1);
            exchange.close();
        });
        receiver.start();
    }

    @AfterEach
    void stopReceiver() {
        receiver.stop(0);
    }

    private String url() {
        return "http://127.0.0.1:" + receiver.getAddress().getPort() + "/sns";
    }

    private Received next() throws InterruptedException {
        Received next = received.poll(10, TimeUnit.SECONDS);
        if (next == null) {
            throw new AssertionError("The endpoint received nothing");
        }
        return next;
    }

    private String subscribeAndConfirm(String topic) throws Exception {
        sns.subscribe(r -> r.topicArn(topic).protocol("http").endpoint(url()));
        JsonNode confirmation = next().json();
        return sns.confirmSubscription(r -> r.topicArn(topic).token(confirmation.get("Token").asText()))
                .subscriptionArn();
    }

    @Test
    void aNewSubscriptionIsPendingUntilTheEndpointVisitsTheSubscribeUrl() throws Exception {
        String topic = sns.createTopic(r -> r.name("handshake")).topicArn();

        String answer = sns.subscribe(r -> r.topicArn(topic).protocol("http").endpoint(url())).subscriptionArn();

        assertEquals("pending confirmation", answer);
        Received confirmation = next();
        assertEquals("SubscriptionConfirmation", confirmation.headers().get("x-amz-sns-message-type"));
        assertEquals(topic, confirmation.headers().get("x-amz-sns-topic-arn"));
        assertEquals("text/plain; charset=UTF-8", confirmation.headers().get("content-type"));
        JsonNode body = confirmation.json();
        assertEquals("SubscriptionConfirmation", body.get("Type").asText());
        assertEquals(confirmation.headers().get("x-amz-sns-message-id"), body.get("MessageId").asText());
        assertEquals(topic, body.get("TopicArn").asText());
        assertTrue(body.get("Message").asText().startsWith("You have chosen to subscribe to the topic " + topic));
        Subscription listed = sns.listSubscriptionsByTopic(r -> r.topicArn(topic)).subscriptions().get(0);
        assertEquals("PendingConfirmation", listed.subscriptionArn());

        sns.publish(r -> r.topicArn(topic).message("before confirmation"));
        HttpResponse<String> visit = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                URI.create(body.get("SubscribeURL").asText())).GET().build(), HttpResponse.BodyHandlers.ofString());

        assertEquals(200, visit.statusCode());
        assertTrue(visit.body().contains("<ConfirmSubscriptionResult><SubscriptionArn>" + topic + ":"), visit.body());
        String arn = sns.listSubscriptionsByTopic(r -> r.topicArn(topic)).subscriptions().get(0).subscriptionArn();
        assertEquals("false", sns.getSubscriptionAttributes(r -> r.subscriptionArn(arn)).attributes()
                .get("PendingConfirmation"));
        sns.publish(r -> r.topicArn(topic).message("after confirmation"));
        assertEquals("after confirmation", next().json().get("Message").asText());
    }

    @Test
    void aConfirmedEndpointReceivesEachMessageWithSnsHeadersAndEnvelope() throws Exception {
        String topic = sns.createTopic(r -> r.name("notifications")).topicArn();
        String subscription = subscribeAndConfirm(topic);

        String messageId = sns.publish(r -> r.topicArn(topic).subject("A new bark from Jane Doe")
                .message("Testing...1...2...3")).messageId();

        Received notification = next();
        assertEquals("Notification", notification.headers().get("x-amz-sns-message-type"));
        assertEquals(messageId, notification.headers().get("x-amz-sns-message-id"));
        assertEquals(topic, notification.headers().get("x-amz-sns-topic-arn"));
        assertEquals(subscription, notification.headers().get("x-amz-sns-subscription-arn"));
        assertEquals("text/plain; charset=UTF-8", notification.headers().get("content-type"));
        JsonNode body = notification.json();
        assertEquals("Notification", body.get("Type").asText());
        assertEquals(messageId, body.get("MessageId").asText());
        assertEquals("A new bark from Jane Doe", body.get("Subject").asText());
        assertEquals("Testing...1...2...3", body.get("Message").asText());
        assertTrue(body.has("Signature") && body.has("SigningCertURL") && body.has("UnsubscribeURL"));
    }

    @Test
    void rawMessageDeliveryPostsTheMessageItself() throws Exception {
        String topic = sns.createTopic(r -> r.name("raw")).topicArn();
        String subscription = subscribeAndConfirm(topic);
        sns.setSubscriptionAttributes(r -> r.subscriptionArn(subscription).attributeName("RawMessageDelivery")
                .attributeValue("true"));

        sns.publish(r -> r.topicArn(topic).message("just the text"));

        assertEquals("just the text", next().body());
    }

    @Test
    void aFailedDeliveryIsRetriedTwentySecondsLaterThreeTimesAtMost() throws Exception {
        String topic = sns.createTopic(r -> r.name("flaky")).topicArn();
        subscribeAndConfirm(topic);
        failures.set(10);

        sns.publish(r -> r.topicArn(topic).message("persistent"));
        assertEquals("persistent", next().json().get("Message").asText());
        for (int retry = 1; retry <= 3; retry++) {
            STRATUS.clock().advance(Duration.ofSeconds(19));
            assertNull(received.poll(200, TimeUnit.MILLISECONDS), "retried before 20 s");
            STRATUS.clock().advance(Duration.ofSeconds(1));
            assertEquals("persistent", next().json().get("Message").asText());
        }
        STRATUS.clock().advance(Duration.ofSeconds(60));
        assertNull(received.poll(500, TimeUnit.MILLISECONDS), "retried a fourth time");
    }

    @Test
    void anEndpointThatRecoversGetsTheMessageOnTheRetry() throws Exception {
        String topic = sns.createTopic(r -> r.name("recovering")).topicArn();
        subscribeAndConfirm(topic);
        failures.set(1);

        sns.publish(r -> r.topicArn(topic).message("eventually"));
        next();
        STRATUS.clock().advance(Duration.ofSeconds(20));

        assertEquals("eventually", next().json().get("Message").asText());
        STRATUS.clock().advance(Duration.ofSeconds(20));
        assertNull(received.poll(500, TimeUnit.MILLISECONDS), "retried after success");
    }
}
