package dev.stratus.sns.delivery;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.stratus.sns.subscription.Subscription;
import dev.stratus.spi.StratusEndpoint;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Base64;
import java.util.Map;

/**
 * The JSON documents SNS sends: the envelope a message is wrapped in for a subscription without raw delivery
 * ({@code Type}, {@code MessageId}, {@code TopicArn}, {@code Subject}, {@code Message}, {@code Timestamp}, the
 * signature fields and {@code MessageAttributes}, in AWS's order), the event a Lambda function receives, and the
 * SubscriptionConfirmation an HTTP endpoint receives. Nothing here holds AWS's signing key, so the signature is a
 * digest of the document that only has AWS's form.
 */
public final class Envelope {

    /** SNS's platform path, where a SubscribeURL leads. */
    public static final String PLATFORM_PATH = "/_stratus/sns/";

    private static final DateTimeFormatter TIMESTAMP =
            DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSS'Z'").withZone(ZoneOffset.UTC);

    private final ObjectMapper mapper;
    private final StratusEndpoint endpoint;

    public Envelope(ObjectMapper mapper, StratusEndpoint endpoint) {
        this.mapper = mapper;
        this.endpoint = endpoint;
    }

    /** The envelope of a message for SQS queues and HTTP/S endpoints. */
    public String wrap(Notification notification, Subscription subscription) {
        return write(notification(notification, subscription));
    }

    private ObjectNode notification(Notification notification, Subscription subscription) {
        ObjectNode envelope = mapper.createObjectNode()
                .put("Type", "Notification")
                .put("MessageId", notification.messageId());
        if (notification.sequenceNumber() != null) {
            envelope.put("SequenceNumber", notification.sequenceNumber());
        }
        envelope.put("TopicArn", notification.topic().toString());
        if (notification.subject() != null) {
            envelope.put("Subject", notification.subject());
        }
        String message = notification.message(subscription.protocol());
        String timestamp = TIMESTAMP.format(notification.timestamp());
        envelope.put("Message", message)
                .put("Timestamp", timestamp)
                .put("SignatureVersion", "1")
                .put("Signature", signature(notification.messageId() + message + timestamp))
                .put("SigningCertURL", signingCertUrl(notification.topic().region()))
                .put("UnsubscribeURL", unsubscribeUrl(subscription));
        if (!notification.attributes().isEmpty()) {
            envelope.set("MessageAttributes", attributes(notification));
        }
        return envelope;
    }

    /**
     * The event a subscribed Lambda function is invoked with: one record, its {@code Sns} member spelled as Lambda
     * spells it ({@code SigningCertUrl}, {@code UnsubscribeUrl}, a {@code null} subject, attributes always present).
     */
    public String lambdaEvent(Notification notification, Subscription subscription) {
        ObjectNode event = mapper.createObjectNode();
        ObjectNode record = event.putArray("Records").addObject()
                .put("EventSource", "aws:sns")
                .put("EventVersion", "1.0")
                .put("EventSubscriptionArn", subscription.arn());
        String message = notification.message(subscription.protocol());
        String timestamp = TIMESTAMP.format(notification.timestamp());
        ObjectNode sns = record.putObject("Sns")
                .put("Type", "Notification")
                .put("MessageId", notification.messageId());
        if (notification.sequenceNumber() != null) {
            sns.put("SequenceNumber", notification.sequenceNumber());
        }
        sns.put("TopicArn", notification.topic().toString())
                .put("Subject", notification.subject())
                .put("Message", message)
                .put("Timestamp", timestamp)
                .put("SignatureVersion", "1")
                .put("Signature", signature(notification.messageId() + message + timestamp))
                .put("SigningCertUrl", signingCertUrl(notification.topic().region()))
                .put("UnsubscribeUrl", unsubscribeUrl(subscription));
        sns.set("MessageAttributes", attributes(notification));
        return write(event);
    }

    /** The message an HTTP/S endpoint receives when it is subscribed, with the token that confirms it. */
    public String subscriptionConfirmation(Subscription subscription, String messageId, Instant now) {
        String topic = subscription.topic().toString();
        String message = "You have chosen to subscribe to the topic " + topic
                + ".\nTo confirm the subscription, visit the SubscribeURL included in this message.";
        String timestamp = TIMESTAMP.format(now);
        ObjectNode confirmation = mapper.createObjectNode()
                .put("Type", "SubscriptionConfirmation")
                .put("MessageId", messageId)
                .put("Token", subscription.token())
                .put("TopicArn", topic)
                .put("Message", message)
                .put("SubscribeURL", subscribeUrl(subscription))
                .put("Timestamp", timestamp)
                .put("SignatureVersion", "1")
                .put("Signature", signature(messageId + message + timestamp))
                .put("SigningCertURL", signingCertUrl(subscription.topic().region()));
        return write(confirmation);
    }

    /**
     * Where an endpoint confirms its subscription with a plain GET, as it would visit AWS's URL: a platform path of
     * SNS's, since a GET to the root without a {@code Version} names no service and the root is signature-checked
     * under {@code --auth sigv4}. The UnsubscribeURL leads there too.
     */
    String subscribeUrl(Subscription subscription) {
        return endpoint.uri() + PLATFORM_PATH + "?Action=ConfirmSubscription&TopicArn="
                + URLEncoder.encode(subscription.topic().toString(), StandardCharsets.UTF_8)
                + "&Token=" + subscription.token();
    }

    private String unsubscribeUrl(Subscription subscription) {
        return endpoint.uri() + PLATFORM_PATH + "?Action=Unsubscribe&SubscriptionArn="
                + URLEncoder.encode(subscription.arn(), StandardCharsets.UTF_8);
    }

    /** A time as SNS writes it: {@code 2016-11-18T14:32:17.123Z}. */
    static String timestamp(Instant instant) {
        return TIMESTAMP.format(instant);
    }

    private static String signingCertUrl(String region) {
        return "https://sns." + region + ".amazonaws.com/SimpleNotificationService-0000000000000000000000000000000.pem";
    }

    private ObjectNode attributes(Notification notification) {
        ObjectNode attributes = mapper.createObjectNode();
        for (Map.Entry<String, MessageAttribute> attribute : notification.attributes().entrySet()) {
            attributes.putObject(attribute.getKey())
                    .put("Type", attribute.getValue().baseType())
                    .put("Value", attribute.getValue().value());
        }
        return attributes;
    }

    private String write(ObjectNode document) {
        try {
            return mapper.writeValueAsString(document);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A JSON tree could not be written", e);
        }
    }

    private static String signature(String text) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return Base64.getEncoder().encodeToString(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}
