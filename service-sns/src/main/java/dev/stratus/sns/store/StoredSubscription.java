package dev.stratus.sns.store;

import dev.stratus.sns.topic.TopicArn;
import java.util.Map;

/** A subscription as stored, with the token its endpoint confirms it with and whether it still waits for that. */
public record StoredSubscription(String arn, TopicArn topic, String protocol, String endpoint, String owner,
                                 String token, boolean pending, Map<String, String> attributes) {
}
