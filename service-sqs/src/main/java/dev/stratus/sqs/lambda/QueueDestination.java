package dev.stratus.sqs.lambda;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.stratus.events.api.EventDestination;
import dev.stratus.sqs.message.NewMessage;
import dev.stratus.sqs.queue.Queue;
import dev.stratus.sqs.queue.QueueId;
import dev.stratus.sqs.queue.Queues;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.util.Map;

/**
 * The queues as Lambda's destinations: an invocation record becomes the body of a message sent to the queue,
 * as Lambda sends it. Only standard queues take records, as on AWS.
 */
@Singleton
public final class QueueDestination implements EventDestination {

    private final Queues queues;
    private final ObjectMapper mapper;
    private final Clock clock;

    @Inject
    public QueueDestination(Queues queues, ObjectMapper mapper, Clock clock) {
        this.queues = queues;
        this.mapper = mapper;
        this.clock = clock;
    }

    @Override
    public boolean owns(String destinationArn) {
        return QueueId.fromArn(destinationArn) != null;
    }

    @Override
    public boolean exists(String destinationArn) {
        return queues.byArn(destinationArn).map(queue -> !queue.id().isFifo()).orElse(false);
    }

    @Override
    public void send(String destinationArn, ObjectNode record) {
        Queue queue = queues.byArn(destinationArn).filter(found -> !found.id().isFifo())
                .orElseThrow(() -> new IllegalArgumentException("The queue " + destinationArn + " does not exist"));
        try {
            String body = mapper.writeValueAsString(record);
            queue.send(new NewMessage(body, Map.of(), Map.of(), null, null, null, queue.id().accountId()),
                    clock.millis());
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }
}
