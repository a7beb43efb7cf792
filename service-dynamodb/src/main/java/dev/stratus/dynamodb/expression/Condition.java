package dev.stratus.dynamodb.expression;

import dev.stratus.dynamodb.api.value.AttributeValue;
import java.util.Map;
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
}
