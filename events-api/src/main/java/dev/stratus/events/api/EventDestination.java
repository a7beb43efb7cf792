package dev.stratus.events.api;

import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * A kind of resource Lambda can send a record to (SQS queues and SNS topics later): the OnFailure destination of
 * an event source mapping, the OnSuccess and OnFailure destinations of asynchronous invocations. Bound with
 * {@link EventBindings#eventDestination}. Lambda checks the destination exists when it is configured, and sends
 * each record once; delivery is the destination's business from then on.
 */
public interface EventDestination {

    /** Whether ARNs of this form belong to this kind of destination, whether or not it exists. */
    boolean owns(String destinationArn);

    /** Whether the destination exists (its ARN names its account and region). */
    boolean exists(String destinationArn);

    /**
     * Sends the record (an invocation record, as AWS sends it) to the destination.
     *
     * @throws IllegalArgumentException if the destination does not exist (any more)
     */
    void send(String destinationArn, ObjectNode record);
}
