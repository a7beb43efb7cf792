package dev.stratus.dynamodb.transaction;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.stratus.dynamodb.api.value.AttributeValue;
import dev.stratus.dynamodb.api.value.AttributeValueCodec;
import java.util.Map;

/**
 * Why one action of a cancelled transaction did not go ahead ({@code None} when it was not the cause).
 *
 * @param message {@code null} for {@code None}
 * @param item    the current item, for a failed condition that asked for it, else {@code null}
 */
record CancellationReason(String code, String message, Map<String, AttributeValue> item) {

    static final CancellationReason NONE = new CancellationReason("None", null, null);

    static CancellationReason conditionalCheckFailed(Map<String, AttributeValue> item) {
        return new CancellationReason("ConditionalCheckFailed", "The conditional request failed", item);
    }

    static CancellationReason conflict() {
        return new CancellationReason("TransactionConflict", "Transaction is ongoing for the item", null);
    }

    static CancellationReason validationError(String message) {
        return new CancellationReason("ValidationError", message, null);
    }

    boolean isNone() {
        return this == NONE;
    }

    ObjectNode toJson() {
        ObjectNode json = JsonNodeFactory.instance.objectNode().put("Code", code);
        if (message != null) {
            json.put("Message", message);
        }
        if (item != null) {
            json.set("Item", AttributeValueCodec.encodeItem(item));
        }
        return json;
    }
}
