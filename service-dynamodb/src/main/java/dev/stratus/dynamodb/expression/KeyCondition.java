package dev.stratus.dynamodb.expression;

import dev.stratus.dynamodb.api.value.AttributeValue;
import java.util.Map;
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

    /**
     * Whether {@code key} (an ExclusiveStartKey) lies outside what this condition selects: another partition, or
     * a sort key the range condition excludes. Key attributes {@code key} lacks are not judged here.
     */
    public boolean excludes(Map<String, AttributeValue> key) {
        AttributeValue hash = key.get(hashKeyName);
        if (hash != null && !hash.equals(hashKeyValue)) {
            return true;
        }
        AttributeValue sortKey = range == null ? null : key.get(range.attributeName());
        return sortKey != null && !range.matches(sortKey);
    }
}
