package dev.stratus.dynamodb.transaction;

import dev.stratus.dynamodb.api.value.AttributeValue;
import dev.stratus.dynamodb.capacity.CapacityUsage;
import java.util.List;
import java.util.Map;

/**
 * What TransactGetItems returns.
 *
 * @param items            one per Get, in request order: the item (projected when asked), or {@code null}
 * @param consumedCapacity one per table read, or {@code null} unless asked for
 */
public record TransactGetItemsResult(List<Map<String, AttributeValue>> items, List<CapacityUsage> consumedCapacity) {
}
