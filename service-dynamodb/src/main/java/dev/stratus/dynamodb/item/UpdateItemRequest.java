package dev.stratus.dynamodb.item;

import dev.stratus.dynamodb.api.value.AttributeValue;
import dev.stratus.dynamodb.expression.Condition;
import dev.stratus.dynamodb.expression.Update;
import java.util.Map;
import java.util.Optional;

/** An UpdateItem: the update (none creates the bare key) of one item, made if the condition holds. */
public record UpdateItemRequest(String tableName, Map<String, AttributeValue> key, Optional<Update> update,
                                Optional<Condition> condition, WriteOptions options) {
}
