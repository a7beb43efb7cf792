package dev.stratus.dynamodb.item;

import dev.stratus.dynamodb.api.value.AttributeValue;
import dev.stratus.dynamodb.capacity.CapacityUsage;
import java.util.Map;

/**
 * What PutItem, UpdateItem and DeleteItem return.
 *
 * @param attributes            the attributes asked for by ReturnValues; {@code null} or empty returns none
 * @param consumedCapacity      {@code null} unless asked for
 * @param itemCollectionMetrics {@code null} unless asked for and the table has local indexes
 */
public record WriteItemResult(Map<String, AttributeValue> attributes, CapacityUsage consumedCapacity,
                              ItemCollectionMetrics itemCollectionMetrics) {
}
