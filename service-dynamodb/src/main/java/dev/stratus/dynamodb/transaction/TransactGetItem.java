package dev.stratus.dynamodb.transaction;

import dev.stratus.dynamodb.api.value.AttributeValue;
import dev.stratus.dynamodb.expression.Projection;
import java.util.Map;
import java.util.Optional;

/** One Get of a TransactGetItems. */
public record TransactGetItem(String tableName, Map<String, AttributeValue> key, Optional<Projection> projection) {
}
