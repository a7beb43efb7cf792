package dev.stratus.dynamodb.query;

import dev.stratus.dynamodb.api.value.AttributeValue;
import dev.stratus.dynamodb.expression.Condition;
import dev.stratus.dynamodb.expression.KeyConditionExpression;
import java.util.Map;
import java.util.Optional;

/**
 * A Query.
 *
 * @param limit             at most this many items read, or {@code null} for no limit
 * @param exclusiveStartKey where the read starts, or {@code null} from the beginning
 */
public record QueryRequest(ReadTarget target, Optional<KeyConditionExpression> keyCondition,
                           Optional<Condition> filter, boolean scanIndexForward, Long limit,
                           Map<String, AttributeValue> exclusiveStartKey) {
}
