package dev.stratus.dynamodb.query;

import dev.stratus.dynamodb.api.value.AttributeValue;
import java.util.List;
import java.util.Map;

/**
 * One page of a Query or Scan.
 *
 * @param items            the items read that passed the filter, in read order
 * @param scannedCount     how many items were read, before the filter
 * @param bytesRead        the summed size of the items read, for consumed capacity
 * @param lastEvaluatedKey where the next page starts, or {@code null} when the read is complete
 */
public record Page(List<Map<String, AttributeValue>> items, int scannedCount, long bytesRead,
                   Map<String, AttributeValue> lastEvaluatedKey) {
}
