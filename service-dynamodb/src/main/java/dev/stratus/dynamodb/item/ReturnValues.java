package dev.stratus.dynamodb.item;

import dev.stratus.dynamodb.DynamoDbErrors;
import java.util.EnumSet;
import java.util.Set;

/** Which attributes a write returns ({@code ReturnValues}). */
public enum ReturnValues {
    NONE, ALL_OLD, UPDATED_OLD, ALL_NEW, UPDATED_NEW;

    /** Put and delete return nothing or the old item. */
    public static final Set<ReturnValues> OLD_ONLY = EnumSet.of(NONE, ALL_OLD);

    /** The request's {@code ReturnValues} ({@code null}, absent, is NONE), refused when the operation does not take it. */
    public static ReturnValues of(String value, Set<ReturnValues> allowed) {
        ReturnValues returnValues = value == null ? NONE : valueOf(value);
        if (!allowed.contains(returnValues)) {
            throw DynamoDbErrors.validation("Return values set to invalid value");
        }
        return returnValues;
    }
}
