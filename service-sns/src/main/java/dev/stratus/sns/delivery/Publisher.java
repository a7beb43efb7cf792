package dev.stratus.sns.delivery;

import dev.stratus.sns.topic.Topic;
import dev.stratus.sns.topic.Topics;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.util.HexFormat;
import java.util.Map;
import java.util.UUID;

/**
 * Publishes a checked message to a topic: gives it its id, timestamp and (on a FIFO topic) sequence number, and
 * hands it to the deliveries. Publish, PublishBatch and Lambda's destinations publish through it.
 */
@Singleton
public final class Publisher {

    private final Topics topics;
    private final Deliveries deliveries;
    private final Clock clock;

    @Inject
    public Publisher(Topics topics, Deliveries deliveries, Clock clock) {
        this.topics = topics;
        this.deliveries = deliveries;
        this.clock = clock;
    }

    /**
     * @param messages        the message per protocol, {@code default} at least
     * @param groupId         the message group on a FIFO topic, ignored on a standard one
     * @param deduplicationId the deduplication id on a FIFO topic (by default the digest of the message, as
     *                        content-based deduplication has it), ignored on a standard one
     */
    public Notification publish(Topic topic, Map<String, String> messages, String subject,
                                Map<String, MessageAttribute> attributes, String groupId, String deduplicationId) {
        Notification notification = new Notification(UUID.randomUUID().toString(), topic.arn(), messages, subject,
                attributes, clock.instant(), topic.fifo() ? groupId : null, topic.fifo() ? deduplication(deduplicationId, messages) : null,
                topic.fifo() ? topics.nextSequenceNumber(topic) : null);
        deliveries.deliver(notification);
        return notification;
    }

    private static String deduplication(String deduplicationId, Map<String, String> messages) {
        if (deduplicationId != null) {
            return deduplicationId;
        }
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(messages.get("default").getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}
