package dev.stratus.dynamodb.partiql;

import dev.stratus.dynamodb.api.value.AttributeValue;
import dev.stratus.dynamodb.capacity.CapacityMode;
import java.util.Map;

/**
 * What a statement's request carries besides the statement: for a read, ConsistentRead, Limit and where to start
 * (from NextToken); for a write, ReturnValuesOnConditionCheckFailure; ReturnConsumedCapacity for both.
 *
 * @param limit             {@code null} for none
 * @param exclusiveStartKey {@code null} to start from the beginning
 */
public record StatementOptions(boolean consistentRead, Long limit, Map<String, AttributeValue> exclusiveStartKey,
                               CapacityMode capacity, boolean oldItemOnConditionFailure) {

    /** Nothing besides the statement. */
    public static final StatementOptions NONE = new StatementOptions(false, null, null, CapacityMode.NONE, false);
}
