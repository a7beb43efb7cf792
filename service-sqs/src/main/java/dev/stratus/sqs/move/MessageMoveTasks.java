package dev.stratus.sqs.move;

import dev.stratus.sqs.SqsErrors;
import dev.stratus.sqs.message.SqsMessage;
import dev.stratus.sqs.queue.Queue;
import dev.stratus.sqs.queue.Queues;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Redrive from a dead-letter queue: a task moves every message the queue holds when it starts to the given
 * destination, or back to the queue each message was first sent to. Stratus moves them at once, so a task is
 * {@code COMPLETED} when StartMessageMoveTask answers.
 */
@Singleton
public final class MessageMoveTasks {

    private final Queues queues;
    private final Clock clock;
    /** Guarded by this. */
    private final List<MessageMoveTask> tasks = new ArrayList<>();

    @Inject
    public MessageMoveTasks(Queues queues, Clock clock) {
        this.queues = queues;
        this.clock = clock;
    }

    public synchronized MessageMoveTask start(String sourceArn, String destinationArn, Integer perSecond) {
        Queue source = queues.byArn(sourceArn).orElseThrow(() -> SqsErrors.resourceNotFound(
                "The resource that you specified for the SourceArn parameter doesn't exist."));
        if (queues.deadLetterSources(source).isEmpty()) {
            throw SqsErrors.invalidParameterValue("Source queue must be configured as a Dead Letter Queue.");
        }
        Optional<Queue> destination = Optional.empty();
        if (destinationArn != null) {
            destination = Optional.of(queues.byArn(destinationArn).orElseThrow(() -> SqsErrors.resourceNotFound(
                    "The resource that you specified for the DestinationArn parameter doesn't exist.")));
        }
        long now = clock.millis();
        List<SqsMessage> messages = source.drain();
        long moved = 0;
        for (SqsMessage message : messages) {
            Optional<Queue> target = destination.isPresent() ? destination : queues.byArn(message.sourceArn());
            if (target.isPresent()) {
                target.get().accept(message.withReceivesReset(), now);
                moved++;
            } else {
                source.accept(message, now);
            }
        }
        String handle = Base64.getEncoder().encodeToString((UUID.randomUUID() + "&" + sourceArn)
                .getBytes(StandardCharsets.UTF_8));
        MessageMoveTask task = new MessageMoveTask(handle, "COMPLETED", sourceArn, destinationArn, perSecond, moved,
                messages.size(), now);
        tasks.add(0, task);
        return task;
    }

    /** The source's tasks, most recent first. */
    public synchronized List<MessageMoveTask> list(String sourceArn, int max) {
        queues.byArn(sourceArn).orElseThrow(() -> SqsErrors.resourceNotFound(
                "The resource that you specified for the SourceArn parameter doesn't exist."));
        return tasks.stream().filter(task -> task.sourceArn().equals(sourceArn)).limit(max).toList();
    }

    /** Cancels a running task; Stratus's tasks finish as they start, so there is never one to cancel. */
    public synchronized MessageMoveTask cancel(String taskHandle) {
        throw SqsErrors.resourceNotFound("Task does not exist.");
    }
}
