package dev.stratus.sqs.message;

import java.util.Map;

/** A message as a sender hands it over, already validated; {@code delaySeconds} is {@code null} for the queue's. */
public record NewMessage(String body, Map<String, MessageAttribute> attributes,
                         Map<String, MessageAttribute> systemAttributes, Integer delaySeconds, String groupId,
                         String deduplicationId, String senderId) {

    public NewMessage {
        attributes = Map.copyOf(attributes);
        systemAttributes = Map.copyOf(systemAttributes);
    }
}
