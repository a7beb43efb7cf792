package dev.stratus.dynamodb.batch;

import dev.stratus.dynamodb.capacity.CapacityUsage;
import dev.stratus.dynamodb.item.ItemCollectionMetrics;
import java.util.List;
import java.util.Map;

/**
 * What BatchWriteItem returns; every write is processed, so there are never unprocessed items.
 *
 * @param consumedCapacity      one per table written, or {@code null} unless asked for
 * @param itemCollectionMetrics by table name, or {@code null} unless asked for
 */
public record BatchWriteItemResult(List<CapacityUsage> consumedCapacity,
                                   Map<String, List<ItemCollectionMetrics>> itemCollectionMetrics) {
}
