package dev.stratus.dynamodb.item;

import dev.stratus.dynamodb.api.value.AttributeValue;
import dev.stratus.dynamodb.expression.Condition;
import java.util.Map;
import java.util.Optional;

/** A DeleteItem: one item by its key, deleted if the condition (when given) holds. */
public record DeleteItemRequest(String tableName, Map<String, AttributeValue> key, Optional<Condition> condition,
                                WriteOptions options) {
}
