package dev.stratus.sqs.queue;

import java.util.Map;

/** What a queue is, apart from its messages: the persisted form of a {@link Queue}. */
public record QueueState(QueueId id, QueueAttributes attributes, Map<String, String> tags, long createdAt,
                         long modifiedAt, long lastPurgeAt, long nextSequence) {

    public QueueState {
        tags = Map.copyOf(tags);
    }
}
