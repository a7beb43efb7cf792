package dev.stratus.sqs.queue;

import dev.stratus.sqs.message.SqsMessage;
import java.util.List;

/**
 * What one receive did: the messages it delivered, and those it took out of the queue for the dead-letter queue
 * because they had been received {@code maxReceiveCount} times.
 */
public record ReceiveOutcome(List<SqsMessage> received, List<SqsMessage> deadLettered, String deadLetterTargetArn) {

    public ReceiveOutcome {
        received = List.copyOf(received);
        deadLettered = List.copyOf(deadLettered);
    }
}
