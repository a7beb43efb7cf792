package dev.stratus.dynamodb.batch;

import dev.stratus.dynamodb.DynamoDbErrors;
import dev.stratus.dynamodb.capacity.CapacityMode;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A BatchGetItem.
 *
 * @param requestItems the keys to read by table name, in request order
 */
public record BatchGetItemRequest(Map<String, KeysAndAttributes> requestItems, CapacityMode capacity) {

    static final int MAX_KEYS = 100;

    public BatchGetItemRequest {
        requestItems = Collections.unmodifiableMap(new LinkedHashMap<>(requestItems));
    }

    /** Refuses more keys than one BatchGetItem takes, counted across its tables. */
    public static void checkKeyCount(int keys) {
        if (keys > MAX_KEYS) {
            throw DynamoDbErrors.validation("Too many items requested for the BatchGetItem call");
        }
    }
}
