package dev.stratus.dynamodb.capacity;

import com.fasterxml.jackson.databind.JsonNode;
import dev.stratus.dynamodb.ConstraintViolations;
import dev.stratus.dynamodb.JsonInput;
import java.util.List;

/** What a request asked to see of the capacity it consumed ({@code ReturnConsumedCapacity}). */
public enum CapacityMode {
    NONE, TOTAL, INDEXES;

    public static CapacityMode of(JsonNode input) {
        String value = JsonInput.text(input, "ReturnConsumedCapacity");
        new ConstraintViolations().enumValue(value, "returnConsumedCapacity", List.of("INDEXES", "TOTAL", "NONE"))
                .throwIfAny();
        return value == null ? NONE : valueOf(value);
    }
}
