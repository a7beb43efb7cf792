package dev.stratus.sqs.queue;

import dev.stratus.sqs.message.SqsMessage;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The FIFO receives made with a ReceiveRequestAttemptId in the last five minutes, so that a retried receive gets
 * the same messages and receipt handles again while none of them was deleted or made visible. Not thread-safe:
 * its queue guards it.
 */
final class ReceiveAttempts {

    private static final long RETENTION_MILLIS = 5 * 60_000L;

    private record Attempt(Map<String, String> handlesById, long expiresAt) {
    }

    private final Map<String, Attempt> attempts = new HashMap<>();

    void remember(String attemptId, List<SqsMessage> received, long now) {
        Map<String, String> handles = new HashMap<>();
        received.forEach(message -> handles.put(message.messageId(), message.receiptHandle()));
        attempts.put(attemptId, new Attempt(handles, now + RETENTION_MILLIS));
    }

    /** The message ids and handles of an earlier attempt with this id, if it is recent enough. */
    Optional<Map<String, String>> earlier(String attemptId, long now) {
        attempts.values().removeIf(attempt -> attempt.expiresAt() <= now);
        return Optional.ofNullable(attempts.get(attemptId)).map(Attempt::handlesById);
    }
}
