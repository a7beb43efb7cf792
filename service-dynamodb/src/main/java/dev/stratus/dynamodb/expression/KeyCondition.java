package dev.stratus.dynamodb.expression;

import dev.stratus.dynamodb.api.value.AttributeValue;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * A Query's KeyConditionExpression, checked against the key schema queried: a value for every partition key
 * attribute, and optionally conditions on the sort key attributes, left to right, for an ordered range scan.
 * With a multi-attribute sort key, the sort key attributes before the last one conditioned are compared by
 * equality; the last one is {@link #range}.
 *
 * @param partition  each partition key attribute's value, in the key schema's order
 * @param sortPrefix the values of the sort key attributes before the one {@code range} conditions, in order
 * @param range      the condition on the last sort key attribute conditioned, or {@code null} for the whole
 *                   partition
 */
public record KeyCondition(Map<String, AttributeValue> partition, Map<String, AttributeValue> sortPrefix,
                           RangeCondition range) {

    public KeyCondition {
        if (partition.isEmpty()) {
            throw new IllegalArgumentException("A key condition names the partition key");
        }
        partition = Collections.unmodifiableMap(new LinkedHashMap<>(partition));
        sortPrefix = Collections.unmodifiableMap(new LinkedHashMap<>(sortPrefix));
    }

    /** The first partition key attribute: a single-attribute key's only one. */
    public String hashKeyName() {
        return partition.keySet().iterator().next();
    }

    /** The value asked for the first partition key attribute. */
    public AttributeValue hashKeyValue() {
        return partition.values().iterator().next();
    }

    public Optional<RangeCondition> rangeCondition() {
        return Optional.ofNullable(range);
    }

    /**
     * Whether {@code key} (an ExclusiveStartKey) lies outside what this condition selects: another partition, or
     * a sort key the conditions exclude. Key attributes {@code key} lacks are not judged here.
     */
    public boolean excludes(Map<String, AttributeValue> key) {
        if (differs(partition, key) || differs(sortPrefix, key)) {
            return true;
        }
        AttributeValue sortKey = range == null ? null : key.get(range.attributeName());
        return sortKey != null && !range.matches(sortKey);
    }

    private static boolean differs(Map<String, AttributeValue> equalities, Map<String, AttributeValue> key) {
        return equalities.entrySet().stream().anyMatch(equality -> {
            AttributeValue value = key.get(equality.getKey());
            return value != null && !value.equals(equality.getValue());
        });
    }
}
