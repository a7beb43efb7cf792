package dev.stratus.dynamodb.batch;

import dev.stratus.dynamodb.DynamoDbErrors;
import dev.stratus.dynamodb.api.value.AttributeValue;
import java.util.Map;

/**
 * One write of a BatchWriteItem: a put of {@code item} or a delete of {@code key}; exactly one is not null.
 */
public record WriteRequest(Map<String, AttributeValue> item, Map<String, AttributeValue> key) {

    public static WriteRequest put(Map<String, AttributeValue> item) {
        return new WriteRequest(item, null);
    }

    public static WriteRequest delete(Map<String, AttributeValue> key) {
        return new WriteRequest(null, key);
    }

    /** Refuses a WriteRequest with both or neither of PutRequest and DeleteRequest, as AWS does. */
    public static void requireOneOf(boolean put, boolean delete) {
        if (put == delete) {
            throw DynamoDbErrors.invalidParameter("A WriteRequest must contain exactly one of PutRequest or "
                    + "DeleteRequest");
        }
    }

    public boolean isPut() {
        return item != null;
    }
}
