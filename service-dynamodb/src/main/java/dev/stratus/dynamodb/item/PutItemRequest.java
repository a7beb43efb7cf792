package dev.stratus.dynamodb.item;

import dev.stratus.dynamodb.api.value.AttributeValue;
import dev.stratus.dynamodb.expression.Condition;
import java.util.Map;
import java.util.Optional;

/** A PutItem: the whole new item, written if the condition (when given) holds on the current one. */
public record PutItemRequest(String tableName, Map<String, AttributeValue> item, Optional<Condition> condition,
                             WriteOptions options) {
}
