package dev.stratus.dynamodb.query;

import dev.stratus.dynamodb.api.value.AttributeValue;
import dev.stratus.dynamodb.capacity.CapacityUsage;
import java.util.List;
import java.util.Map;

/**
 * What a Query or Scan returns.
 *
 * @param items            the items as shown, or {@code null} for Select COUNT
 * @param lastEvaluatedKey where the next page starts, or {@code null} when the read is complete
 * @param consumedCapacity {@code null} unless asked for
 */
public record ReadResult(List<Map<String, AttributeValue>> items, int count, int scannedCount,
                         Map<String, AttributeValue> lastEvaluatedKey, CapacityUsage consumedCapacity) {
}
