package dev.stratus.dynamodb.transaction;

import dev.stratus.dynamodb.api.value.AttributeValue;
import java.util.Map;

/**
 * Why one action of a cancelled transaction did not go ahead ({@code None} when it was not the cause).
 *
 * @param message {@code null} for {@code None}
 * @param item    the current item, for a failed condition that asked for it, else {@code null}
 */
public record CancellationReason(String code, String message, Map<String, AttributeValue> item) {

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
}
