package dev.stratus.dynamodb.item;

import dev.stratus.dynamodb.api.value.AttributeValue;
import dev.stratus.dynamodb.capacity.CapacityUsage;
import java.util.Map;

/**
 * What GetItem returns.
 *
 * @param item             the item (projected when asked), or {@code null} when there is none
 * @param consumedCapacity {@code null} unless asked for
 */
public record GetItemResult(Map<String, AttributeValue> item, CapacityUsage consumedCapacity) {
}
