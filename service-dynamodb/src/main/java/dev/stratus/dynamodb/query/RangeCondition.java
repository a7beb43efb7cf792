package dev.stratus.dynamodb.query;

import dev.stratus.dynamodb.value.AttributeValue;

/**
 * The condition a Query puts on the range key.
 *
 * @param second the upper bound of BETWEEN, else {@code null}
 */
public record RangeCondition(Operator operator, AttributeValue first, AttributeValue second) {

    public enum Operator { EQ, LT, LE, GT, GE, BETWEEN, BEGINS_WITH }
}
