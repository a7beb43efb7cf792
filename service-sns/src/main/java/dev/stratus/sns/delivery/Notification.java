package dev.stratus.sns.delivery;

import dev.stratus.sns.topic.TopicArn;
import java.time.Instant;
import java.util.Map;

/**
 * One published message, as it goes to every subscription of its topic.
 *
 * @param messages         the message per protocol: {@code default}, and with MessageStructure json the
 *                         protocols' own ({@code sqs}, {@code lambda}, …)
 * @param subject          the subject, or {@code null}
 * @param groupId          the message group of a FIFO topic's message, else {@code null}
 * @param deduplicationId  the deduplication id of a FIFO topic's message, else {@code null}
 * @param sequenceNumber   the sequence number of a FIFO topic's message, else {@code null}
 */
public record Notification(String messageId, TopicArn topic, Map<String, String> messages, String subject,
                           Map<String, MessageAttribute> attributes, Instant timestamp, String groupId,
                           String deduplicationId, String sequenceNumber) {

    public Notification {
        messages = Map.copyOf(messages);
        attributes = Map.copyOf(attributes);
    }

    /** The message a subscription of the protocol receives. */
    public String message(String protocol) {
        return messages.getOrDefault(protocol, messages.get("default"));
    }
}
