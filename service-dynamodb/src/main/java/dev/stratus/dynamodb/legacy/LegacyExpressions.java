package dev.stratus.dynamodb.legacy;

import dev.stratus.dynamodb.expression.Condition;
import dev.stratus.dynamodb.expression.KeyConditionExpression;
import dev.stratus.dynamodb.expression.Projection;
import dev.stratus.dynamodb.expression.Update;
import java.util.Optional;

/**
 * The expression trees a request's legacy parameters state: Expected as the condition, QueryFilter or ScanFilter as
 * the filter, KeyConditions, AttributeUpdates as the update, AttributesToGet as the projection.
 */
public record LegacyExpressions(Optional<Condition> condition, Optional<Condition> filter,
                                Optional<KeyConditionExpression> keyCondition, Optional<Update> update,
                                Optional<Projection> projection) {

    /** A request without legacy parameters. */
    public static final LegacyExpressions NONE = new LegacyExpressions(Optional.empty(), Optional.empty(),
            Optional.empty(), Optional.empty(), Optional.empty());
}
