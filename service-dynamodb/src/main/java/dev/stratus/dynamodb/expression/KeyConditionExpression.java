package dev.stratus.dynamodb.expression;

import java.util.List;
import java.util.Objects;

/**
 * A validated KeyConditionExpression, bound to its request's placeholders, before it is read against the key
 * schema queried (the table's or an index's), which only the table found tells.
 */
public final class KeyConditionExpression {

    private final ConditionNode root;
    private final ExpressionAttributes attributes;

    KeyConditionExpression(ConditionNode root, ExpressionAttributes attributes) {
        this.root = root;
        this.attributes = attributes;
    }

    /**
     * The key condition over this key schema, refused in DynamoDB's words when it does not fit it.
     *
     * @param hashKeyName  the partition key attribute
     * @param rangeKeyName the sort key attribute, or {@code null} when the schema has none
     */
    public KeyCondition forSchema(String hashKeyName, String rangeKeyName) {
        return forSchema(List.of(hashKeyName), rangeKeyName == null ? List.of() : List.of(rangeKeyName));
    }

    /**
     * The key condition over a key schema whose partition and sort keys may have several attributes each
     * (a global index's multi-attribute keys), refused in DynamoDB's words when it does not fit it.
     *
     * @param partitionKeys the partition key attributes, in the key schema's order
     * @param sortKeys      the sort key attributes, in the key schema's order; empty when the schema has none
     */
    public KeyCondition forSchema(List<String> partitionKeys, List<String> sortKeys) {
        return KeyConditions.analyze(root, attributes, partitionKeys, sortKeys);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof KeyConditionExpression that && root.equals(that.root) && attributes.equals(that.attributes);
    }

    @Override
    public int hashCode() {
        return Objects.hash(root, attributes);
    }

    /** A canonical rendering: the same for the same tree and placeholder bindings, whatever request it came in. */
    @Override
    public String toString() {
        return "KeyConditionExpression[" + root + ", " + attributes + "]";
    }
}
