package dev.stratus.lambda.invoke.async;

/**
 * Where the record of an Event invocation can go (OnSuccess, OnFailure): another function here; queues and
 * topics when a service that holds them binds its own destination in the {@code EventDestination} multibinder.
 */
public interface EventDestination {

    /** Whether this destination delivers to the resource the ARN names. */
    boolean accepts(String destinationArn);

    /**
     * Delivers an invocation record.
     *
     * @param destinationArn the destination's ARN, one this destination {@link #accepts accepts}
     * @param record         the invocation record, a JSON document
     */
    void send(String destinationArn, byte[] record);
}
