package dev.stratus.sns.store;

import dev.stratus.sns.topic.TopicArn;
import java.util.Map;

/** A topic as stored: its attributes, its tags and the last sequence number a FIFO topic gave out. */
public record StoredTopic(TopicArn arn, Map<String, String> attributes, Map<String, String> tags, long sequence) {
}
