package dev.stratus.dynamodb.query;

import dev.stratus.dynamodb.api.value.AttributeValue;
import dev.stratus.dynamodb.expression.Condition;
import java.util.Map;
import java.util.Optional;

/**
 * A Scan.
 *
 * @param limit             at most this many items read, or {@code null} for no limit
 * @param exclusiveStartKey where the read starts, or {@code null} from the beginning
 */
public record ScanRequest(ReadTarget target, ScanSegment segment, Optional<Condition> filter, Long limit,
                          Map<String, AttributeValue> exclusiveStartKey) {
}
