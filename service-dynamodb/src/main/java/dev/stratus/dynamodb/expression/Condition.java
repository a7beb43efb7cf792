package dev.stratus.dynamodb.expression;

import dev.stratus.dynamodb.api.value.AttributeValue;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/** A validated ConditionExpression or FilterExpression, bound to its request's placeholders. */
public final class Condition {

    private final ConditionNode root;
    private final ExpressionAttributes attributes;

    Condition(ConditionNode root, ExpressionAttributes attributes) {
        this.root = root;
        this.attributes = attributes;
    }

    /** Whether the item satisfies the condition; {@code null} is no item (every attribute missing). */
    public boolean test(Map<String, AttributeValue> item) {
        return ConditionEvaluator.test(root, attributes, item);
    }

    /** The top-level attribute names the condition reads (a filter may not read key attributes in a Query). */
    public Set<String> attributeNames() {
        return ConditionPaths.topLevelNames(root, attributes);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Condition that && root.equals(that.root) && attributes.equals(that.attributes);
    }

    @Override
    public int hashCode() {
        return Objects.hash(root, attributes);
    }

    /** A canonical rendering: the same for the same tree and placeholder bindings, whatever request it came in. */
    @Override
    public String toString() {
        return "Condition[" + root + ", " + attributes + "]";
    }
}
