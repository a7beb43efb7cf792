package dev.stratus.sns.delivery;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.stratus.sns.subscription.Subscription;
import dev.stratus.spi.StratusEndpoint;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Base64;
import java.util.Map;

/**
 * The JSON document SNS wraps a message in for a subscription without raw delivery: {@code Type}, {@code MessageId},
 * {@code TopicArn}, {@code Subject}, {@code Message}, {@code Timestamp}, the signature fields and
 * {@code MessageAttributes}, in AWS's order. Nothing here holds AWS's signing key, so the signature is a digest of
 * the document that only has AWS's form.
 */
public final class Envelope {

    private static final DateTimeFormatter TIMESTAMP =
            DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSS'Z'").withZone(ZoneOffset.UTC);

    private final ObjectMapper mapper;
    private final StratusEndpoint endpoint;

    public Envelope(ObjectMapper mapper, StratusEndpoint endpoint) {
        this.mapper = mapper;
        this.endpoint = endpoint;
    }

    public String wrap(Notification notification, Subscription subscription) {
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
                .put("SigningCertURL", "https://sns." + notification.topic().region()
                        + ".amazonaws.com/SimpleNotificationService-0000000000000000000000000000000.pem")
                .put("UnsubscribeURL", endpoint.uri() + "/?Action=Unsubscribe&SubscriptionArn="
                        + URLEncoder.encode(subscription.arn(), StandardCharsets.UTF_8));
        if (!notification.attributes().isEmpty()) {
            ObjectNode attributes = envelope.putObject("MessageAttributes");
            for (Map.Entry<String, MessageAttribute> attribute : notification.attributes().entrySet()) {
                attributes.putObject(attribute.getKey())
                        .put("Type", attribute.getValue().baseType())
                        .put("Value", attribute.getValue().value());
            }
        }
        try {
            return mapper.writeValueAsString(envelope);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
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
