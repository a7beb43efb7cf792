package dev.stratus.dynamodb.expression;

import dev.stratus.dynamodb.value.AttributeValue;
import java.util.Objects;
import java.util.Optional;

/**
 * A Query's KeyConditionExpression, checked against the key schema queried: one partition key value, and
 * optionally a condition on the sort key for an ordered range scan.
 *
 * @param hashKeyName  the partition key attribute
 * @param hashKeyValue the partition key value asked for
 * @param range        the sort key condition, or {@code null} for the whole partition
 */
public record KeyCondition(String hashKeyName, AttributeValue hashKeyValue, RangeCondition range) {

    public KeyCondition {
        Objects.requireNonNull(hashKeyName, "hashKeyName");
        Objects.requireNonNull(hashKeyValue, "hashKeyValue");
    }

    public Optional<RangeCondition> rangeCondition() {
        return Optional.ofNullable(range);
    }
}
