package dev.stratus.dynamodb.transaction;

import dev.stratus.dynamodb.capacity.CapacityUsage;
import dev.stratus.dynamodb.item.ItemCollectionMetrics;
import java.util.List;
import java.util.Map;

/**
 * What TransactWriteItems returns.
 *
 * @param consumedCapacity      one per table written, or {@code null} unless asked for
 * @param itemCollectionMetrics by table name, or {@code null} unless asked for
 */
public record TransactWriteItemsResult(List<CapacityUsage> consumedCapacity,
                                       Map<String, List<ItemCollectionMetrics>> itemCollectionMetrics) {
}
