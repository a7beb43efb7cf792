package dev.stratus.dynamodb.capacity;

/** What a request asked to see of the capacity it consumed ({@code ReturnConsumedCapacity}). */
public enum CapacityMode {
    NONE, TOTAL, INDEXES;

    /** The mode a request's {@code ReturnConsumedCapacity} names; {@code null} (absent) is NONE. */
    public static CapacityMode of(String value) {
        return value == null ? NONE : valueOf(value);
    }
}
