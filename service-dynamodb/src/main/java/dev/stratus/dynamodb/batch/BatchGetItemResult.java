package dev.stratus.dynamodb.batch;

import dev.stratus.dynamodb.api.value.AttributeValue;
import dev.stratus.dynamodb.capacity.CapacityUsage;
import java.util.List;
import java.util.Map;

/**
 * What BatchGetItem returns.
 *
 * @param responses        the items found (projected when asked), by table name, every table requested present
 * @param unprocessedKeys  the keys left unread once the response reached its size limit, by table name or ARN as
 *                         the request gave it
 * @param consumedCapacity one per table read, or {@code null} unless asked for
 */
public record BatchGetItemResult(Map<String, List<Map<String, AttributeValue>>> responses,
                                 Map<String, List<Map<String, AttributeValue>>> unprocessedKeys,
                                 List<CapacityUsage> consumedCapacity) {
}
