package dev.stratus.dynamodb.item;

import com.fasterxml.jackson.databind.JsonNode;
import dev.stratus.dynamodb.DynamoDbErrors;
import dev.stratus.dynamodb.JsonInput;
import java.util.EnumSet;
import java.util.Set;

/** Which attributes a write returns ({@code ReturnValues}). */
public enum ReturnValues {
    NONE, ALL_OLD, UPDATED_OLD, ALL_NEW, UPDATED_NEW;

    /** Put and delete return nothing or the old item. */
    public static final Set<ReturnValues> OLD_ONLY = EnumSet.of(NONE, ALL_OLD);

    public static ReturnValues of(JsonNode input, Set<ReturnValues> allowed) {
        String value = JsonInput.text(input, "ReturnValues");
        ReturnValues returnValues = value == null ? NONE : valueOf(value);
        if (!allowed.contains(returnValues)) {
            throw DynamoDbErrors.validation("Return values set to invalid value");
        }
        return returnValues;
    }

    /** Whether a failed condition returns the current item ({@code ReturnValuesOnConditionCheckFailure}). */
    public static boolean oldItemOnConditionFailure(JsonNode input) {
        String value = JsonInput.text(input, "ReturnValuesOnConditionCheckFailure");
        return "ALL_OLD".equals(value);
    }

    /** Whether the write asked for item collection metrics ({@code ReturnItemCollectionMetrics: SIZE}). */
    public static boolean itemCollectionMetrics(JsonNode input) {
        String value = JsonInput.text(input, "ReturnItemCollectionMetrics");
        return "SIZE".equals(value);
    }
}
