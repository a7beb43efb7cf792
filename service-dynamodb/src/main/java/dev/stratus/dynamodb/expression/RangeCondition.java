package dev.stratus.dynamodb.expression;

import dev.stratus.dynamodb.api.value.AttributeValue;
import java.util.Objects;

/**
 * The sort key part of a KeyConditionExpression.
 *
 * @param attributeName the sort key attribute
 * @param operator      how the sort key is compared
 * @param value         the value compared with (the lower bound for BETWEEN, the prefix for BEGINS_WITH)
 * @param upper         the upper bound for BETWEEN, else {@code null}
 */
public record RangeCondition(String attributeName, Operator operator, AttributeValue value, AttributeValue upper) {

    public RangeCondition {
        Objects.requireNonNull(attributeName, "attributeName");
        Objects.requireNonNull(operator, "operator");
        Objects.requireNonNull(value, "value");
    }

    public enum Operator { EQ, LT, LE, GT, GE, BETWEEN, BEGINS_WITH }

    /** Whether a sort key value satisfies the condition (values of another type never do). */
    public boolean matches(AttributeValue sortKey) {
        return switch (operator) {
            case EQ -> ConditionEvaluator.compare(sortKey, ConditionNode.Comparator.EQ, value);
            case LT -> ConditionEvaluator.compare(sortKey, ConditionNode.Comparator.LT, value);
            case LE -> ConditionEvaluator.compare(sortKey, ConditionNode.Comparator.LE, value);
            case GT -> ConditionEvaluator.compare(sortKey, ConditionNode.Comparator.GT, value);
            case GE -> ConditionEvaluator.compare(sortKey, ConditionNode.Comparator.GE, value);
            case BETWEEN -> ConditionEvaluator.compare(sortKey, ConditionNode.Comparator.GE, value)
                    && ConditionEvaluator.compare(sortKey, ConditionNode.Comparator.LE, upper);
            case BEGINS_WITH -> ConditionEvaluator.beginsWith(sortKey, value);
        };
    }
}
