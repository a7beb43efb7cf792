package dev.stratus.sqs.lambda;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.stratus.events.api.EventSource;
import dev.stratus.events.api.EventSourceConsumer;
import dev.stratus.events.api.EventSourceInfo;
import dev.stratus.events.api.Partition;
import dev.stratus.events.api.ReadPosition;
import dev.stratus.events.api.RecordBatch;
import dev.stratus.events.api.Registration;
import dev.stratus.events.api.SourceRecord;
import dev.stratus.sqs.message.SqsMessage;
import dev.stratus.sqs.poll.LongPolls;
import dev.stratus.sqs.queue.Queue;
import dev.stratus.sqs.queue.QueueId;
import dev.stratus.sqs.queue.Queues;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The queues as Lambda's event sources: a queue is one partition, a read is a receive with the queue's visibility
 * timeout (so a message Lambda does not delete comes back, counts a receive, and reaches the dead-letter queue by
 * the redrive policy), and Lambda deletes what it is done with. FIFO queues keep a message group's messages in
 * order, since a receive skips a group with a message in flight. A consumer is woken when messages arrive and
 * when received ones become visible again.
 */
@Singleton
public final class QueueEventSource implements EventSource {

    /** A queue's only partition. */
    static final String PARTITION = "queue";

    private final Queues queues;
    private final LongPolls longPolls;
    private final QueueEvents events;

    @Inject
    public QueueEventSource(Queues queues, LongPolls longPolls, ObjectMapper mapper) {
        this.queues = queues;
        this.longPolls = longPolls;
        this.events = new QueueEvents(mapper);
    }

    @Override
    public boolean owns(String sourceArn) {
        return QueueId.fromArn(sourceArn) != null;
    }

    @Override
    public Optional<EventSourceInfo> describe(String sourceArn) {
        return queues.byArn(sourceArn)
                .map(queue -> new EventSourceInfo(sourceArn, queue.id().accountId(), queue.id().region()));
    }

    @Override
    public List<Partition> partitions(String sourceArn) {
        return queues.byArn(sourceArn).isPresent() ? List.of(new Partition(PARTITION, null, false)) : List.of();
    }

    @Override
    public RecordBatch read(String sourceArn, String partitionId, ReadPosition position, int limit) {
        Queue queue = queue(sourceArn);
        List<SqsMessage> received = queues.receive(queue, limit, null, null);
        // Also after an empty read: messages in flight since an earlier read must wake the consumer when they
        // become visible again, or a consumer that found nothing would sleep past them.
        longPolls.announceWhenVisible(queue);
        return new RecordBatch(received.stream().map(message -> record(queue, message)).toList(), false);
    }

    @Override
    public boolean consumedOnRead() {
        return true;
    }

    @Override
    public void delete(String sourceArn, String partitionId, List<SourceRecord> records) {
        queues.byArn(sourceArn).ifPresent(queue ->
                records.forEach(record -> queue.delete(record.event().path("receiptHandle").asText())));
    }

    @Override
    public Registration register(String sourceArn, EventSourceConsumer consumer) {
        Queue queue = queue(sourceArn);
        Runnable wake = () -> consumer.recordsAvailable(sourceArn, PARTITION);
        queue.addArrivalListener(wake);
        longPolls.announceWhenVisible(queue);
        return () -> queue.removeArrivalListener(wake);
    }

    @Override
    public String batchInfoName() {
        return "SQSBatchInfo";
    }

    private Queue queue(String sourceArn) {
        return queues.byArn(sourceArn)
                .orElseThrow(() -> new IllegalArgumentException("No queue " + sourceArn));
    }

    private SourceRecord record(Queue queue, SqsMessage message) {
        String key = message.groupId() != null ? message.groupId() : message.messageId();
        return new SourceRecord(Long.toString(message.sequence()), message.messageId(),
                events.of(queue.id(), message), key, Instant.ofEpochMilli(message.sentAt()));
    }
}
