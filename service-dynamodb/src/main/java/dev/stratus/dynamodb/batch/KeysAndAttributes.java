package dev.stratus.dynamodb.batch;

import dev.stratus.dynamodb.api.value.AttributeValue;
import dev.stratus.dynamodb.expression.Projection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The keys a BatchGetItem reads from one table, and how. */
public record KeysAndAttributes(List<Map<String, AttributeValue>> keys, Optional<Projection> projection,
                                boolean consistentRead) {

    public KeysAndAttributes {
        keys = List.copyOf(keys);
    }
}
