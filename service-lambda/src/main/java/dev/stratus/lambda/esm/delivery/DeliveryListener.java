package dev.stratus.lambda.esm.delivery;

import com.fasterxml.jackson.databind.node.ObjectNode;

/** What the delivery engine tells the mappings' owner about their progress. Called from worker threads. */
public interface DeliveryListener {

    /** The function processed a batch of the mapping. */
    void batchSucceeded(String mappingUuid);

    /** An invocation of the mapping's function failed (it will be retried or discarded). */
    void batchFailed(String mappingUuid);

    /** A batch was given up ({@code invocationRecord} is what AWS sends to the OnFailure destination). */
    void batchDiscarded(String mappingUuid, ObjectNode invocationRecord);

    /** The mapping's position in a partition was saved: how far behind it is changed. */
    default void checkpointed(String mappingUuid) {
    }
}
