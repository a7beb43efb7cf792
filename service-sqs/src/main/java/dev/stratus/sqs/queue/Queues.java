package dev.stratus.sqs.queue;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.stratus.sqs.SqsErrors;
import dev.stratus.sqs.SqsPlugin;
import dev.stratus.sqs.message.SqsMessage;
import dev.stratus.spi.ConsoleEvents;
import dev.stratus.spi.storage.Storage;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.UnaryOperator;
import java.util.regex.Pattern;

/** Every queue of every account and region, read back from storage at start. */
@Singleton
public final class Queues {

    private static final Pattern NAME = Pattern.compile("[A-Za-z0-9_-]{1,80}");
    private static final Pattern FIFO_NAME = Pattern.compile("[A-Za-z0-9_-]{1,75}\\.fifo");

    private static final long NAME_BLOCKED_MILLIS = 60_000L;

    private final Map<QueueId, Queue> queues = new ConcurrentHashMap<>();
    /** When each recently deleted queue was deleted (epoch millis): its name is not taken again for 60 s. */
    private final Map<QueueId, Long> deletedAt = new ConcurrentHashMap<>();
    private final QueueJournal journal;
    private final Clock clock;

    /** @param console told of each queue that changes, for the web console's open pages */
    @Inject
    public Queues(Storage storage, ObjectMapper mapper, Clock clock, ConsoleEvents console) {
        this.journal = new QueueJournal(storage, mapper, id -> console.publish(
                new ConsoleEvents.Notice(SqsPlugin.NAME, id.accountId(), id.region(), "queue", id.name())));
        this.clock = clock;
        for (QueueState state : journal.queues()) {
            queues.put(state.id(), new Queue(state, journal.messages(state.id()), journal));
        }
    }

    /**
     * Creates the queue, or answers the existing one when it has the same attributes (as AWS does); one with
     * other attributes is refused, and so is the name of a queue deleted less than 60 s ago.
     */
    public synchronized Queue create(QueueId id, Map<String, String> attributes, Map<String, String> tags) {
        boolean fifo = "true".equalsIgnoreCase(attributes.getOrDefault("FifoQueue", "false"));
        validateName(id.name(), fifo);
        long now = clock.millis();
        deletedAt.values().removeIf(at -> now - at >= NAME_BLOCKED_MILLIS);
        if (deletedAt.containsKey(id)) {
            throw SqsErrors.queueDeletedRecently();
        }
        QueueAttributes settable = QueueAttributes.forNewQueue(fifo, attributes);
        Queue existing = queues.get(id);
        if (existing != null) {
            QueueAttributes current = existing.settableAttributes();
            for (Map.Entry<String, String> given : attributes.entrySet()) {
                if (!given.getValue().equals(current.get(given.getKey()))) {
                    throw SqsErrors.queueNameExists(given.getKey());
                }
            }
            return existing;
        }
        checkRedriveTarget(id, settable.get("RedrivePolicy"));
        QueueState state = new QueueState(id, settable, tags, now, now, 0, 1);
        journal.saveQueue(state);
        Queue queue = new Queue(state, List.of(), journal);
        queues.put(id, queue);
        return queue;
    }

    private static void validateName(String name, boolean fifo) {
        if (fifo && !FIFO_NAME.matcher(name).matches()) {
            throw SqsErrors.invalidParameterValue("The name of a FIFO queue can only include alphanumeric characters, "
                    + "hyphens, or underscores, must end with .fifo suffix and be 1 to 80 in length.");
        }
        if (!fifo && !NAME.matcher(name).matches()) {
            throw SqsErrors.invalidQueueName();
        }
    }

    public void setAttributes(Queue queue, Map<String, String> attributes) {
        if (attributes.containsKey("RedrivePolicy")) {
            RedrivePolicy.validate(attributes.get("RedrivePolicy"));
            checkRedriveTarget(queue.id(), attributes.get("RedrivePolicy"));
        }
        queue.setAttributes(attributes, clock.millis());
    }

    /** Replaces the queue's {@code Policy} (null when it has none) with what {@code change} makes of it. */
    public synchronized void changePolicy(Queue queue, UnaryOperator<String> change) {
        queue.setAttributes(Map.of("Policy", change.apply(queue.settableAttributes().get("Policy"))), clock.millis());
    }

    private void checkRedriveTarget(QueueId source, String policy) {
        Optional<RedrivePolicy> redrive = RedrivePolicy.of(policy);
        if (redrive.isEmpty()) {
            return;
        }
        Optional<Queue> target = byArn(redrive.get().deadLetterTargetArn());
        if (target.isEmpty() || !target.get().id().accountId().equals(source.accountId())) {
            throw SqsErrors.invalidAttributeValue("RedrivePolicy", "Dead letter target does not exist.");
        }
        if (target.get().id().isFifo() != source.isFifo()) {
            throw SqsErrors.invalidAttributeValue("RedrivePolicy",
                    "Dead-letter queue must be same type of queue as the source.");
        }
    }

    public Queue get(QueueId id) {
        Queue queue = queues.get(id);
        if (queue == null) {
            throw SqsErrors.queueDoesNotExist();
        }
        return queue;
    }

    public Optional<Queue> byArn(String arn) {
        QueueId id = QueueId.fromArn(arn);
        return id == null ? Optional.empty() : Optional.ofNullable(queues.get(id));
    }

    /**
     * One receive, handing messages received too often to the queue's dead-letter queue; {@code attemptId} is a
     * FIFO receive's ReceiveRequestAttemptId, or {@code null}.
     */
    public List<SqsMessage> receive(Queue queue, int max, Integer visibility, String attemptId) {
        long now = clock.millis();
        ReceiveOutcome outcome = queue.receive(max, visibility, now, attemptId);
        if (!outcome.deadLettered().isEmpty()) {
            byArn(outcome.deadLetterTargetArn())
                    .ifPresent(target -> outcome.deadLettered().forEach(message -> target.accept(message, now)));
        }
        return outcome.received();
    }

    public synchronized void delete(QueueId id) {
        Queue queue = get(id);
        queues.remove(id);
        deletedAt.put(id, clock.millis());
        journal.deleteQueue(queue.id());
    }

    /** The queues of the account and region whose names start with the prefix, by name. */
    public List<Queue> list(String accountId, String region, String prefix) {
        return queues.values().stream()
                .filter(q -> q.id().accountId().equals(accountId) && q.id().region().equals(region))
                .filter(q -> prefix == null || q.id().name().startsWith(prefix))
                .sorted(Comparator.comparing(q -> q.id().name()))
                .toList();
    }

    /** The queues whose redrive policy names {@code deadLetterQueue}, by name. */
    public List<Queue> deadLetterSources(Queue deadLetterQueue) {
        String arn = deadLetterQueue.id().arn();
        return queues.values().stream()
                .filter(q -> RedrivePolicy.of(q.settableAttributes().get("RedrivePolicy"))
                        .map(p -> p.deadLetterTargetArn().equals(arn)).orElse(false))
                .sorted(Comparator.comparing(q -> q.id().name()))
                .toList();
    }
}
