package dev.stratus.dynamodb.capacity;

import com.fasterxml.jackson.databind.JsonNode;
import dev.stratus.dynamodb.JsonInput;

/** What a request asked to see of the capacity it consumed ({@code ReturnConsumedCapacity}). */
public enum CapacityMode {
    NONE, TOTAL, INDEXES;

    public static CapacityMode of(JsonNode input) {
        String value = JsonInput.text(input, "ReturnConsumedCapacity");
        return value == null ? NONE : valueOf(value);
    }
}
