package dev.stratus.sqs.queue;

import dev.stratus.sqs.SqsErrors;
import dev.stratus.sqs.message.MessageDigests;
import dev.stratus.sqs.message.NewMessage;
import dev.stratus.sqs.message.ReceiptHandles;
import dev.stratus.sqs.message.SendResult;
import dev.stratus.sqs.message.SqsMessage;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * One queue and its messages. Every method takes the time ({@code now}, epoch millis) from the caller, who
 * reads the platform clock. Changes go to the {@link QueueJournal} as they happen.
 */
public final class Queue {

    private static final long DEDUPLICATION_MILLIS = 5 * 60_000L;
    private static final long PURGE_INTERVAL_MILLIS = 60_000L;

    private final QueueId id;
    private final QueueJournal journal;
    private final List<Runnable> arrivalListeners = new CopyOnWriteArrayList<>();

    /** Guards every field below. */
    private final Object lock = new Object();
    private QueueState state;
    private final TreeMap<Long, SqsMessage> messages = new TreeMap<>();
    private final Map<String, Long> sequenceById = new HashMap<>();
    private final Map<String, Deduplicated> deduplication = new HashMap<>();
    private final ReceiveAttempts receiveAttempts = new ReceiveAttempts();
    private long nextSequence;

    Queue(QueueState state, List<SqsMessage> stored, QueueJournal journal) {
        this.id = state.id();
        this.state = state;
        this.journal = journal;
        stored.forEach(this::put);
        journal.deduplications(id).forEach(entry -> deduplication.put(entry.key(), entry));
        this.nextSequence = messages.isEmpty() ? state.nextSequence()
                : Math.max(state.nextSequence(), messages.lastKey() + 1);
    }

    public QueueId id() {
        return id;
    }

    public String url(QueueUrls urls) {
        return urls.urlOf(id);
    }

    public QueueAttributes settableAttributes() {
        synchronized (lock) {
            return state.attributes();
        }
    }

    /** Every attribute AWS shows for {@code All}: the set ones and the computed ones. */
    public Map<String, String> attributes(long now) {
        synchronized (lock) {
            expire(now);
            Map<String, String> all = new LinkedHashMap<>(state.attributes().values());
            int visible = 0;
            int inFlight = 0;
            int delayed = 0;
            for (SqsMessage message : messages.values()) {
                if (message.isInFlight(now)) {
                    inFlight++;
                } else if (message.isDelayed(now)) {
                    delayed++;
                } else {
                    visible++;
                }
            }
            all.put("ApproximateNumberOfMessages", Integer.toString(visible));
            all.put("ApproximateNumberOfMessagesNotVisible", Integer.toString(inFlight));
            all.put("ApproximateNumberOfMessagesDelayed", Integer.toString(delayed));
            all.put("CreatedTimestamp", Long.toString(state.createdAt() / 1000));
            all.put("LastModifiedTimestamp", Long.toString(state.modifiedAt() / 1000));
            all.put("QueueArn", id.arn());
            return all;
        }
    }

    public void setAttributes(Map<String, String> given, long now) {
        synchronized (lock) {
            QueueAttributes changed = state.attributes().with(given, id.isFifo());
            update(new QueueState(id, changed, state.tags(), state.createdAt(), now, state.lastPurgeAt(),
                    state.nextSequence()));
        }
    }

    public Map<String, String> tags() {
        synchronized (lock) {
            return state.tags();
        }
    }

    public void tag(Map<String, String> added) {
        synchronized (lock) {
            Map<String, String> tags = new LinkedHashMap<>(state.tags());
            tags.putAll(added);
            update(new QueueState(id, state.attributes(), tags, state.createdAt(), state.modifiedAt(),
                    state.lastPurgeAt(), state.nextSequence()));
        }
    }

    public void untag(List<String> keys) {
        synchronized (lock) {
            Map<String, String> tags = new LinkedHashMap<>(state.tags());
            keys.forEach(tags::remove);
            update(new QueueState(id, state.attributes(), tags, state.createdAt(), state.modifiedAt(),
                    state.lastPurgeAt(), state.nextSequence()));
        }
    }

    public SendResult send(NewMessage message, long now) {
        SendResult result;
        synchronized (lock) {
            expire(now);
            if (id.isFifo()) {
                Optional<SendResult> duplicate = duplicateOf(message, now);
                if (duplicate.isPresent()) {
                    return duplicate.get();
                }
            }
            long sequence = nextSequence();
            String messageId = UUID.randomUUID().toString();
            String sequenceNumber = id.isFifo() ? sequenceNumber(sequence) : null;
            int delay = message.delaySeconds() != null ? message.delaySeconds()
                    : state.attributes().integer("DelaySeconds");
            SqsMessage stored = new SqsMessage(sequence, messageId, message.body(), message.attributes(),
                    message.systemAttributes(), MessageDigests.ofBody(message.body()),
                    MessageDigests.ofAttributes(message.attributes()),
                    MessageDigests.ofAttributes(message.systemAttributes()), message.senderId(), now,
                    now + delay * 1000L, 0, 0, null, message.groupId(), message.deduplicationId(), sequenceNumber,
                    id.arn());
            put(stored);
            journal.saveMessage(id, stored);
            if (id.isFifo()) {
                Deduplicated remembered = new Deduplicated(deduplicationKey(message), messageId, sequenceNumber,
                        now + DEDUPLICATION_MILLIS);
                deduplication.put(remembered.key(), remembered);
                journal.saveDeduplication(id, remembered);
            }
            result = resultOf(stored);
        }
        announceArrival();
        return result;
    }

    private Optional<SendResult> duplicateOf(NewMessage message, long now) {
        List.copyOf(deduplication.values()).stream().filter(entry -> entry.expiresAt() <= now).forEach(entry -> {
            deduplication.remove(entry.key());
            journal.deleteDeduplication(id, entry.key());
        });
        Deduplicated earlier = deduplication.get(deduplicationKey(message));
        if (earlier == null) {
            return Optional.empty();
        }
        return Optional.of(new SendResult(earlier.messageId(), MessageDigests.ofBody(message.body()),
                MessageDigests.ofAttributes(message.attributes()),
                MessageDigests.ofAttributes(message.systemAttributes()), earlier.sequenceNumber()));
    }

    private String deduplicationKey(NewMessage message) {
        boolean perGroup = "messageGroup".equals(state.attributes().get("DeduplicationScope"));
        return perGroup ? message.groupId() + "\u0000" + message.deduplicationId() : message.deduplicationId();
    }

    private static SendResult resultOf(SqsMessage message) {
        return new SendResult(message.messageId(), message.md5OfBody(), message.md5OfAttributes(),
                message.md5OfSystemAttributes(), message.sequenceNumber());
    }

    /**
     * Receives up to {@code max} visible messages, making them invisible for the visibility timeout (the
     * queue's when {@code visibilityTimeout} is {@code null}). On FIFO queues a message group with a message in
     * flight delivers nothing, and a group's messages come in order; a receive retried with the same
     * {@code attemptId} ({@code null}: none) gets the earlier attempt's messages again, with their visibility
     * timeout restarted, while none of them was deleted or made visible.
     */
    public ReceiveOutcome receive(int max, Integer visibilityTimeout, long now, String attemptId) {
        synchronized (lock) {
            expire(now);
            int visibility = visibilityTimeout != null ? visibilityTimeout : state.attributes().integer("VisibilityTimeout");
            if (attemptId != null) {
                Optional<List<SqsMessage>> again = receivedAgain(attemptId, now + visibility * 1000L, now);
                if (again.isPresent()) {
                    return new ReceiveOutcome(again.get(), List.of(), null);
                }
            }
            Optional<RedrivePolicy> redrive = RedrivePolicy.of(state.attributes().get("RedrivePolicy"));
            List<SqsMessage> received = new ArrayList<>();
            List<SqsMessage> deadLettered = new ArrayList<>();
            Set<String> blockedGroups = new HashSet<>();
            for (SqsMessage message : List.copyOf(messages.values())) {
                if (received.size() >= max) {
                    break;
                }
                if (id.isFifo() && blockedGroups.contains(message.groupId())) {
                    continue;
                }
                if (!message.isVisible(now)) {
                    if (id.isFifo()) {
                        blockedGroups.add(message.groupId());
                    }
                    continue;
                }
                if (redrive.isPresent() && message.receiveCount() >= redrive.get().maxReceiveCount()) {
                    remove(message);
                    deadLettered.add(message);
                    continue;
                }
                SqsMessage delivered = message.received(now, now + visibility * 1000L,
                        ReceiptHandles.issue(message.messageId()));
                put(delivered);
                journal.saveMessage(id, delivered);
                received.add(delivered);
            }
            if (attemptId != null && !received.isEmpty()) {
                receiveAttempts.remember(attemptId, received, now);
            }
            return new ReceiveOutcome(received, deadLettered,
                    redrive.map(RedrivePolicy::deadLetterTargetArn).orElse(null));
        }
    }

    /** The messages of an earlier attempt, invisible again until {@code visibleAgainAt}, if all are still in flight. */
    private Optional<List<SqsMessage>> receivedAgain(String attemptId, long visibleAgainAt, long now) {
        Optional<Map<String, String>> earlier = receiveAttempts.earlier(attemptId, now);
        if (earlier.isEmpty()) {
            return Optional.empty();
        }
        List<SqsMessage> again = new ArrayList<>();
        for (Map.Entry<String, String> handle : earlier.get().entrySet()) {
            Long sequence = sequenceById.get(handle.getKey());
            SqsMessage message = sequence == null ? null : messages.get(sequence);
            if (message == null || !handle.getValue().equals(message.receiptHandle()) || !message.isInFlight(now)) {
                return Optional.empty();
            }
            again.add(message.availableAt(visibleAgainAt));
        }
        again.sort(Comparator.comparingLong(SqsMessage::sequence));
        again.forEach(message -> {
            put(message);
            journal.saveMessage(id, message);
        });
        return Optional.of(again);
    }

    /** Deletes the message the handle was issued for; a handle of a message already gone is no error. */
    public void delete(String receiptHandle) {
        String messageId = ReceiptHandles.messageIdOf(receiptHandle);
        synchronized (lock) {
            Long sequence = sequenceById.get(messageId);
            if (sequence != null) {
                remove(messages.get(sequence));
            }
        }
    }

    public void changeVisibility(String receiptHandle, int seconds, long now) {
        String messageId = ReceiptHandles.messageIdOf(receiptHandle);
        synchronized (lock) {
            Long sequence = sequenceById.get(messageId);
            SqsMessage message = sequence == null ? null : messages.get(sequence);
            if (message == null || !receiptHandle.equals(message.receiptHandle()) || !message.isInFlight(now)) {
                throw SqsErrors.messageNotInflight(receiptHandle);
            }
            SqsMessage changed = message.availableAt(now + seconds * 1000L);
            put(changed);
            journal.saveMessage(id, changed);
        }
        if (seconds == 0) {
            announceArrival();
        }
    }

    public void purge(long now) {
        synchronized (lock) {
            if (state.lastPurgeAt() > 0 && now - state.lastPurgeAt() < PURGE_INTERVAL_MILLIS) {
                throw SqsErrors.purgeQueueInProgress(id.name());
            }
            messages.clear();
            sequenceById.clear();
            journal.deleteMessages(id);
            update(new QueueState(id, state.attributes(), state.tags(), state.createdAt(), state.modifiedAt(), now,
                    state.nextSequence()));
        }
    }

    /** Takes in a message another queue gives up (dead-letter redrive, a move task). */
    public void accept(SqsMessage message, long now) {
        synchronized (lock) {
            long sequence = nextSequence();
            SqsMessage moved = message.movedTo(sequence, id.isFifo() ? sequenceNumber(sequence) : null, now);
            put(moved);
            journal.saveMessage(id, moved);
        }
        announceArrival();
    }

    /** Removes and returns every message, for a move task. */
    public List<SqsMessage> drain() {
        synchronized (lock) {
            List<SqsMessage> all = List.copyOf(messages.values());
            all.forEach(this::remove);
            return all;
        }
    }

    /** When the next message that is invisible now becomes visible, if one will. */
    public OptionalLong nextAvailableAt(long now) {
        synchronized (lock) {
            return messages.values().stream().mapToLong(SqsMessage::availableAt).filter(at -> at > now).min();
        }
    }

    /** Runs {@code listener} (quickly, without throwing) whenever messages may have become receivable. */
    public void addArrivalListener(Runnable listener) {
        arrivalListeners.add(listener);
    }

    public void removeArrivalListener(Runnable listener) {
        arrivalListeners.remove(listener);
    }

    /** Tells the arrival listeners that messages may be receivable (new, or visible again). */
    public void announceArrival() {
        arrivalListeners.forEach(Runnable::run);
    }

    /** Messages in flight became receivable again: the journal's listener and the arrival listeners hear of it. */
    public void visibleAgain() {
        journal.visibleAgain(id);
        announceArrival();
    }

    QueueState state() {
        synchronized (lock) {
            return state;
        }
    }

    private void expire(long now) {
        long retention = state.attributes().integer("MessageRetentionPeriod") * 1000L;
        List.copyOf(messages.values()).stream()
                .filter(message -> message.sentAt() + retention <= now)
                .forEach(this::remove);
    }

    private long nextSequence() {
        return nextSequence++;
    }

    private static String sequenceNumber(long sequence) {
        return String.format("%020d", sequence);
    }

    private void update(QueueState changed) {
        state = new QueueState(id, changed.attributes(), changed.tags(), changed.createdAt(), changed.modifiedAt(),
                changed.lastPurgeAt(), nextSequence);
        journal.saveQueue(state);
    }

    private void put(SqsMessage message) {
        messages.put(message.sequence(), message);
        sequenceById.put(message.messageId(), message.sequence());
    }

    private void remove(SqsMessage message) {
        messages.remove(message.sequence());
        sequenceById.remove(message.messageId());
        journal.deleteMessage(id, message.sequence());
    }
}
