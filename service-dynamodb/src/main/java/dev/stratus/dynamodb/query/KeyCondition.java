package dev.stratus.dynamodb.query;

import dev.stratus.dynamodb.value.AttributeValue;

/**
 * A Query's key condition, checked against the key schema it queries: the partition's hash value and an
 * optional condition on the range key.
 *
 * @param range the range key condition, or {@code null} for the whole partition
 */
public record KeyCondition(AttributeValue hash, RangeCondition range) {
}
