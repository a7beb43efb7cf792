package dev.stratus.dynamodb.batch;

import dev.stratus.dynamodb.DynamoDbErrors;
import dev.stratus.dynamodb.capacity.CapacityMode;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A BatchWriteItem.
 *
 * @param requestItems the writes by table name, in request order
 */
public record BatchWriteItemRequest(Map<String, List<WriteRequest>> requestItems, CapacityMode capacity,
                                    boolean itemCollectionMetrics) {

    static final int MAX_WRITES = 25;

    public BatchWriteItemRequest {
        requestItems = Collections.unmodifiableMap(new LinkedHashMap<>(requestItems));
    }

    /** Refuses more writes than one BatchWriteItem takes, counted across its tables. */
    public static void checkWriteCount(int writes) {
        if (writes > MAX_WRITES) {
            throw DynamoDbErrors.validation("Too many items requested for the BatchWriteItem call");
        }
    }
}
