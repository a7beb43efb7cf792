package dev.stratus.dynamodb.item;

import dev.stratus.dynamodb.api.value.AttributeValue;
import dev.stratus.dynamodb.capacity.CapacityMode;
import dev.stratus.dynamodb.expression.Projection;
import java.util.Map;
import java.util.Optional;

/** A GetItem: one item by its key, all of it or the projected attributes. */
public record GetItemRequest(String tableName, Map<String, AttributeValue> key, Optional<Projection> projection,
                             boolean consistentRead, CapacityMode capacity) {
}
